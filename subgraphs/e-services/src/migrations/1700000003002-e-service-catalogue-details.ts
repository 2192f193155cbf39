import { Table, TableColumn, type MigrationInterface, type QueryRunner } from "typeorm";
import { idColumn, localizedColumns, tableIndex } from "@vardportal/kit";

/**
 * The catalogue's structured facts: a Markdown description, the cost in words, where it is offered
 * (municipality lists, region residency), staffed hours as weekly spans, and which care units offer
 * which service. Every new column is nullable, so rows written before this migration stay valid.
 */
export class EServiceCatalogueDetails1700000003002 implements MigrationInterface {
  name = "EServiceCatalogueDetails1700000003002";

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumns("e_service", [
      ...localizedColumns("description", { nullable: true }).map((c) => new TableColumn(c)),
      ...localizedColumns("cost", { nullable: true }).map((c) => new TableColumn(c)),
      // JSON arrays of municipality names; the catalogue filter looks for a quoted name in them.
      new TableColumn({ name: "onlyMunicipalities", type: "text", isNullable: true }),
      new TableColumn({ name: "exceptMunicipalities", type: "text", isNullable: true }),
      new TableColumn({ name: "residentsOf", type: "varchar", length: "64", isNullable: true }),
      // JSON array of { weekday, opens, closes } (minutes after midnight, Swedish time).
      new TableColumn({ name: "staffedSpans", type: "text", isNullable: true }),
    ]);
    await runner.createTable(
      new Table({
        name: "e_service_offering",
        columns: [idColumn(), { name: "eServiceId", type: "varchar", length: "36" }, { name: "careUnitId", type: "varchar", length: "64" }],
      }),
    );
    await runner.createIndex("e_service_offering", tableIndex(runner, "e_service_offering", ["careUnitId", "eServiceId"], true));
    await runner.createIndex("e_service_offering", tableIndex(runner, "e_service_offering", ["eServiceId"]));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable("e_service_offering");
    for (const column of ["staffedSpans", "residentsOf", "exceptMunicipalities", "onlyMunicipalities", "costEn", "costSv", "descriptionEn", "descriptionSv"]) {
      await runner.dropColumn("e_service", column);
    }
  }
}
