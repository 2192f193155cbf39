import type { MigrationInterface, QueryRunner } from "typeorm";
import { createSearchIndex, dropSearchIndex } from "@vardportal/kit";
import { careUnitSearchIndex } from "../search.js";

/** The FTS5 index of care units, its triggers and vocabulary, filled from the units already there (decision 022). */
export class CareUnitSearch1700000001200 implements MigrationInterface {
  name = "CareUnitSearch1700000001200";

  async up(runner: QueryRunner): Promise<void> {
    await createSearchIndex(runner, careUnitSearchIndex);
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropSearchIndex(runner, careUnitSearchIndex);
  }
}
