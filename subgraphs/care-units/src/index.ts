import { editorialResolvers, type SubgraphDefinition } from "@vardportal/kit";
import { careUnitsEditorial } from "./editorial/registration.js";
import { CareUnit } from "./entities/care-unit.entity.js";
import { ContactRoute } from "./entities/contact-route.entity.js";
import { ExceptionSpanRow } from "./entities/exception-span.entity.js";
import { HoursExceptionRow } from "./entities/hours-exception.entity.js";
import { WeeklySpanRow } from "./entities/weekly-span.entity.js";
import { CreateCareUnit1700000001000 } from "./migrations/1700000001000-create-care-unit.js";
import { OpeningHoursAndContactRoutes1700000001100 } from "./migrations/1700000001100-opening-hours-and-contact-routes.js";
import { CareUnitSearch1700000001200 } from "./migrations/1700000001200-care-unit-search.js";
import { CareUnitSearchResolver } from "./resolvers/care-unit-search.resolver.js";
import { CareUnitContactsResolver } from "./resolvers/care-unit-contacts.resolver.js";
import { CareUnitHoursResolver } from "./resolvers/care-unit-hours.resolver.js";
import { resolveCareUnitReferences } from "./resolvers/care-unit.references.js";
import { CareUnitResolver } from "./resolvers/care-unit.resolver.js";
import { seedCareUnits } from "./seed/index.js";

export const definition: SubgraphDefinition = {
  name: "care-units",
  defaultPort: 4001,
  entities: [CareUnit, WeeklySpanRow, HoursExceptionRow, ExceptionSpanRow, ContactRoute],
  migrations: [CreateCareUnit1700000001000, OpeningHoursAndContactRoutes1700000001100, CareUnitSearch1700000001200],
  resolvers: [CareUnitResolver, CareUnitHoursResolver, CareUnitContactsResolver, CareUnitSearchResolver, ...editorialResolvers(careUnitsEditorial)],
  editorial: careUnitsEditorial,
  references: { CareUnit: resolveCareUnitReferences },
  seed: (dataSource, now) => seedCareUnits(dataSource, now),
};
