import { editorialResolvers, type SubgraphDefinition } from "@vardportal/kit";
import { editorial } from "./editorial.js";
import { Guideline } from "./entities/guideline.entity.js";
import { CreateGuideline1700000005000 } from "./migrations/1700000005000-create-guideline.js";
import { GuidelineFormsAndContacts1700000005100 } from "./migrations/1700000005100-guideline-forms-and-contacts.js";
import { GuidelineSearch1700000005200 } from "./migrations/1700000005200-guideline-search.js";
import { GuidelineEasyToRead1700000005300 } from "./migrations/1700000005300-guideline-easy-to-read.js";
import { GuidelineSearchResolver } from "./resolvers/guideline-search.resolver.js";
import { resolveGuidelineReferences } from "./resolvers/guideline.reference.js";
import { GuidelineResolver } from "./resolvers/guideline.resolver.js";
import { JournalAccessResolver } from "./resolvers/journal-access.resolver.js";
import { seedGuidelines } from "./seed/index.js";

export const definition: SubgraphDefinition = {
  name: "guidelines",
  defaultPort: 4005,
  entities: [Guideline],
  migrations: [CreateGuideline1700000005000, GuidelineFormsAndContacts1700000005100, GuidelineSearch1700000005200, GuidelineEasyToRead1700000005300],
  resolvers: [GuidelineResolver, JournalAccessResolver, GuidelineSearchResolver, ...editorialResolvers(editorial)],
  editorial,
  references: { Guideline: resolveGuidelineReferences },
  seed: (dataSource) => seedGuidelines(dataSource),
};
