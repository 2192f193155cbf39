import { insertSeedContent, type SubgraphDefinition } from "@vardportal/kit";
import { EService } from "./entities/e-service.entity.js";
import { CreateEService1700000003000 } from "./migrations/1700000003000-create-e-service.js";
import { resolveEServiceReferences } from "./resolvers/e-service.references.js";
import { EServiceResolver } from "./resolvers/e-service.resolver.js";
import { eServiceSeed } from "./seed/e-services.js";

export const definition: SubgraphDefinition = {
  name: "e-services",
  defaultPort: 4003,
  entities: [EService],
  migrations: [CreateEService1700000003000],
  resolvers: [EServiceResolver],
  references: { EService: resolveEServiceReferences },
  seed: async (dataSource) => insertSeedContent(dataSource, EService, "EService", eServiceSeed),
};
