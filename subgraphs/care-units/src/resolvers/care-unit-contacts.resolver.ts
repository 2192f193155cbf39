import { Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@vardportal/kit";
import { internalContactRoles } from "../access.js";
import { contactRoutesOf } from "../care-unit-hours-store.js";
import { CareUnit } from "../entities/care-unit.entity.js";
import { ContactRoute } from "../entities/contact-route.entity.js";

@Resolver(() => CareUnit)
export class CareUnitContactsResolver {
  @FieldResolver(() => [ContactRoute], {
    nullable: true,
    description: "Staff only: service numbers, fax, out-of-hours and other routes, in the order the unit gives them. Null with FORBIDDEN for anyone else.",
  })
  @Authorized(...internalContactRoles)
  contactRoutes(@Root() unit: CareUnit, @Ctx() ctx: SubgraphContext): Promise<ContactRoute[]> {
    return contactRoutesOf(ctx, unit);
  }
}
