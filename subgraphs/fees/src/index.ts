import { editorialResolvers, type SubgraphDefinition } from "@vardportal/kit";
import { feesEditorial } from "./editorial/registration.js";
import { CareUnitFees } from "./entities/care-unit.type.js";
import { FeeItem } from "./entities/fee-item.entity.js";
import { FeeSchedule } from "./entities/fee-schedule.entity.js";
import { HighCostPayment } from "./entities/high-cost-payment.entity.js";
import { CreateFeeSchedule1700000002000 } from "./migrations/1700000002000-create-fee-schedule.js";
import { FeeExemptionsAndUnitKinds1700000002001 } from "./migrations/1700000002001-fee-exemptions-and-unit-kinds.js";
import { CreateHighCostPayment1700000002002 } from "./migrations/1700000002002-create-high-cost-payment.js";
import { FeeItemSearch1700000002100 } from "./migrations/1700000002100-fee-item-search.js";
import { FeeSearchResolver } from "./resolvers/fee-search.resolver.js";
import { CareUnitFeesResolver } from "./resolvers/care-unit-fees.resolver.js";
import { FeeQuoteResolver } from "./resolvers/fee-quote.resolver.js";
import { FeeScheduleEditorResolver } from "./resolvers/fee-schedule-editor.resolver.js";
import { FeeScheduleResolver } from "./resolvers/fee-schedule.resolver.js";
import { HighCostAccountResolver } from "./resolvers/high-cost-account.resolver.js";
import { HighCostPaymentResolver } from "./resolvers/high-cost-payment.resolver.js";
import { resolveCareUnitReferences, resolveFeeScheduleReferences } from "./resolvers/references.js";
import { seedFees } from "./seed/index.js";

export const definition: SubgraphDefinition = {
  name: "fees",
  defaultPort: 4002,
  entities: [FeeSchedule, FeeItem, HighCostPayment],
  migrations: [CreateFeeSchedule1700000002000, FeeExemptionsAndUnitKinds1700000002001, CreateHighCostPayment1700000002002, FeeItemSearch1700000002100],
  resolvers: [FeeScheduleResolver, FeeSearchResolver, FeeScheduleEditorResolver, FeeQuoteResolver, HighCostAccountResolver, HighCostPaymentResolver, CareUnitFeesResolver, ...editorialResolvers(feesEditorial)],
  editorial: feesEditorial,
  // Nothing in this subgraph returns a CareUnit; it reaches the schema only as an entity it extends.
  orphanedTypes: [CareUnitFees],
  references: { FeeSchedule: resolveFeeScheduleReferences, CareUnit: resolveCareUnitReferences },
  seed: (dataSource, now) => seedFees(dataSource, now),
};
