import { insertSeedContent, type SubgraphDefinition } from "@vardportal/kit";
import { ArchiveHolding } from "./entities/archive-holding.entity.js";
import { CreateArchiveHolding1700000004000 } from "./migrations/1700000004000-create-archive-holding.js";
import { resolveArchiveHoldingReferences } from "./resolvers/archive-holding.references.js";
import { ArchiveHoldingResolver } from "./resolvers/archive-holding.resolver.js";
import { holdingSeed } from "./seed/holdings.js";

export const definition: SubgraphDefinition = {
  name: "archive",
  defaultPort: 4004,
  entities: [ArchiveHolding],
  migrations: [CreateArchiveHolding1700000004000],
  resolvers: [ArchiveHoldingResolver],
  references: { ArchiveHolding: resolveArchiveHoldingReferences },
  seed: async (dataSource) => insertSeedContent(dataSource, ArchiveHolding, "ArchiveHolding", holdingSeed),
};
