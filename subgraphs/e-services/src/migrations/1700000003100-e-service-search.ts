import type { MigrationInterface, QueryRunner } from "typeorm";
import { createSearchIndex, dropSearchIndex } from "@vardportal/kit";
import { eServiceSearchIndex } from "../search.js";

/** The FTS5 index of e-services, its triggers and vocabulary, filled from the services already there (decision 022). */
export class EServiceSearch1700000003100 implements MigrationInterface {
  name = "EServiceSearch1700000003100";

  async up(runner: QueryRunner): Promise<void> {
    await createSearchIndex(runner, eServiceSearchIndex);
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropSearchIndex(runner, eServiceSearchIndex);
  }
}
