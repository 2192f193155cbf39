import type { MigrationInterface, QueryRunner } from "typeorm";
import { createSearchIndex, dropSearchIndex } from "@vardportal/kit";
import { guidelineSearchIndex } from "../search.js";

/** The FTS5 index of guidelines, its triggers and vocabulary, filled from the guidelines already there (decision 022). */
export class GuidelineSearch1700000005200 implements MigrationInterface {
  name = "GuidelineSearch1700000005200";

  async up(runner: QueryRunner): Promise<void> {
    await createSearchIndex(runner, guidelineSearchIndex);
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropSearchIndex(runner, guidelineSearchIndex);
  }
}
