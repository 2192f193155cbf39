import { ContentStore } from "@vardportal/kit";
import type { DataSource } from "typeorm";
import { Guideline } from "./entities/guideline.entity.js";

/** Reads through `.live()`, editor writes (revision + audit + version check) through the rest. */
export const guidelineStore = (dataSource: DataSource) => new ContentStore(dataSource, Guideline, "Guideline");
