import { TableColumn, type MigrationInterface, type QueryRunner } from "typeorm";

/** Related forms and contact routes, as JSON lists; existing guidelines get empty lists. */
export class GuidelineFormsAndContacts1700000005100 implements MigrationInterface {
  name = "GuidelineFormsAndContacts1700000005100";

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumns("guideline", [
      new TableColumn({ name: "relatedForms", type: "text", default: "'[]'" }),
      new TableColumn({ name: "contactRoutes", type: "text", default: "'[]'" }),
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn("guideline", "contactRoutes");
    await runner.dropColumn("guideline", "relatedForms");
  }
}
