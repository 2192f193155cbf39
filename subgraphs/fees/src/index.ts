import type { SubgraphDefinition } from "@vardportal/kit";
import { CareUnitFees } from "./entities/care-unit.type.js";
import { FeeItem } from "./entities/fee-item.entity.js";
import { FeeSchedule } from "./entities/fee-schedule.entity.js";
import { CreateFeeSchedule1700000002000 } from "./migrations/1700000002000-create-fee-schedule.js";
import { CareUnitFeesResolver } from "./resolvers/care-unit-fees.resolver.js";
import { FeeScheduleResolver } from "./resolvers/fee-schedule.resolver.js";
import { resolveCareUnitReferences, resolveFeeScheduleReferences } from "./resolvers/references.js";
import { seedFees } from "./seed/index.js";

export const definition: SubgraphDefinition = {
  name: "fees",
  defaultPort: 4002,
  entities: [FeeSchedule, FeeItem],
  migrations: [CreateFeeSchedule1700000002000],
  resolvers: [FeeScheduleResolver, CareUnitFeesResolver],
  // Nothing in this subgraph returns a CareUnit; it reaches the schema only as an entity it extends.
  orphanedTypes: [CareUnitFees],
  references: { FeeSchedule: resolveFeeScheduleReferences, CareUnit: resolveCareUnitReferences },
  seed: (dataSource) => seedFees(dataSource),
};
