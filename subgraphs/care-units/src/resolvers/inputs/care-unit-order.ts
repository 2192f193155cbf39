import { registerEnumType } from "type-graphql";

export enum CareUnitOrder {
  NAME = "NAME",
  DISTANCE = "DISTANCE",
}
registerEnumType(CareUnitOrder, {
  name: "CareUnitOrder",
  description: "How a list of units is ordered: by name, or nearest first from the point given as `near`.",
  valuesConfig: { DISTANCE: { description: "Nearest first; units whose position is not known come last, by id." } },
});
