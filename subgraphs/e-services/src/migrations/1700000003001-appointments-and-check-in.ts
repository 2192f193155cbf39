import { Table, type MigrationInterface, type QueryRunner } from "typeorm";
import { idColumn, tableIndex, timestampType } from "@vardportal/kit";

export class AppointmentsAndCheckIn1700000003001 implements MigrationInterface {
  name = "AppointmentsAndCheckIn1700000003001";

  async up(runner: QueryRunner): Promise<void> {
    const ts = timestampType(runner);
    // A boolean default as the driver writes it, so the migration and the entities' `default: false` agree.
    const bool = (value: boolean) =>
      runner.connection.driver.normalizeDefault({ default: value } as Parameters<typeof runner.connection.driver.normalizeDefault>[0]) as string;
    await runner.createTable(
      new Table({
        name: "appointment",
        columns: [
          idColumn(),
          { name: "region", type: "varchar", length: "64" },
          { name: "patientPersonnummer", type: "varchar", length: "12" },
          { name: "patientName", type: "varchar", length: "128" },
          { name: "careUnitId", type: "varchar", length: "64" },
          { name: "careUnitName", type: "varchar", length: "200" },
          { name: "visitKind", type: "varchar", length: "32" },
          { name: "startsAt", type: ts },
          { name: "mode", type: "varchar", length: "16" },
          { name: "smsConsent", type: "boolean" },
          { name: "smsNumber", type: "varchar", length: "20", isNullable: true },
          { name: "createdBy", type: "varchar", length: "128" },
          { name: "sample", type: "boolean", default: bool(false) },
        ],
      }),
    );
    await runner.createIndex("appointment", tableIndex(runner, "appointment", ["patientPersonnummer", "startsAt"]));
    await runner.createIndex("appointment", tableIndex(runner, "appointment", ["startsAt"]));

    await runner.createTable(
      new Table({
        name: "check_in",
        columns: [
          idColumn(),
          { name: "appointmentId", type: "varchar", length: "36" },
          { name: "status", type: "varchar", length: "16" },
          { name: "payment", type: "varchar", length: "16" },
          { name: "amountSek", type: "integer" },
          { name: "explanationSv", type: "text" },
          { name: "explanationEn", type: "text", isNullable: true },
          { name: "invoiceReference", type: "varchar", length: "32", isNullable: true },
          { name: "provider", type: "varchar", length: "64", isNullable: true },
          { name: "providerReference", type: "varchar", length: "128", isNullable: true },
          { name: "charged", type: "boolean", default: bool(false) },
          { name: "checkedInBy", type: "varchar", length: "128" },
          { name: "checkedInAt", type: ts },
        ],
      }),
    );
    await runner.createIndex("check_in", tableIndex(runner, "check_in", ["appointmentId"], true));

    await runner.createTable(
      new Table({
        name: "guardianship",
        columns: [
          idColumn(),
          { name: "guardianPersonnummer", type: "varchar", length: "12" },
          { name: "childPersonnummer", type: "varchar", length: "12" },
          { name: "sample", type: "boolean", default: bool(false) },
        ],
      }),
    );
    await runner.createIndex("guardianship", tableIndex(runner, "guardianship", ["guardianPersonnummer"]));

    await runner.createTable(
      new Table({
        name: "sms_notice",
        columns: [
          idColumn(),
          { name: "appointmentId", type: "varchar", length: "36" },
          { name: "toNumber", type: "varchar", length: "20" },
          { name: "body", type: "text" },
          { name: "dueAt", type: ts },
          { name: "status", type: "varchar", length: "16" },
          { name: "claimedBy", type: "varchar", length: "64", isNullable: true },
          { name: "sentAt", type: ts, isNullable: true },
        ],
      }),
    );
    await runner.createIndex("sms_notice", tableIndex(runner, "sms_notice", ["appointmentId"], true));
    await runner.createIndex("sms_notice", tableIndex(runner, "sms_notice", ["status", "dueAt"]));
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ["sms_notice", "guardianship", "check_in", "appointment"]) await runner.dropTable(table);
  }
}
