import type { DataSource } from "typeorm";
import { ContentStore } from "@vardportal/kit";
import { CareUnit } from "./entities/care-unit.entity.js";

/** Every read and write of care units goes through the kit's publishing store. */
export const careUnitStore = (dataSource: DataSource) => new ContentStore(dataSource, CareUnit, "CareUnit");
