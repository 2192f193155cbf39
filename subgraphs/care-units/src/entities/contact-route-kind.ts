import { registerEnumType } from "type-graphql";

export enum ContactRouteKind {
  SERVICE_NUMBER = "SERVICE_NUMBER",
  FAX = "FAX",
  OUT_OF_HOURS = "OUT_OF_HOURS",
  OTHER = "OTHER",
}
registerEnumType(ContactRouteKind, {
  name: "ContactRouteKind",
  description: "How staff reach a unit: an internal service number, a fax, a route for evenings, nights and weekends, or another way.",
});
