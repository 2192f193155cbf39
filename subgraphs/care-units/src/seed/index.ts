import type { DataSource } from "typeorm";
import { insertSeedContent } from "@vardportal/kit";
import { CareUnit } from "../entities/care-unit.entity.js";
import { careUnitSeed } from "./care-units.js";

export async function seedCareUnits(dataSource: DataSource): Promise<void> {
  await insertSeedContent(dataSource, CareUnit, "CareUnit", careUnitSeed);
}
