import { Table, TableColumn, type MigrationInterface, type QueryRunner } from "typeorm";
import { booleanDefault, idColumn, tableIndex, timestampType } from "@vardportal/kit";

/** Holdings as series (creator, where kept, access conditions); release requests, attachments, the record index and its access log. */
export class ReleaseRequestsAndRecordIndex1700000004001 implements MigrationInterface {
  name = "ReleaseRequestsAndRecordIndex1700000004001";

  async up(runner: QueryRunner): Promise<void> {
    const ts = timestampType(runner);
    const text = (name: string, nullable = true) => ({ name, type: "text", isNullable: nullable });
    const varchar = (name: string, length: number, nullable = false) => ({ name, type: "varchar", length: String(length), isNullable: nullable });

    await runner.addColumns("archive_holding", [
      new TableColumn(varchar("creator", 200, true)),
      new TableColumn(varchar("whereKept", 200, true)),
      new TableColumn(text("accessConditionsSv")),
      new TableColumn(text("accessConditionsEn")),
    ]);

    await runner.createTable(
      new Table({
        name: "release_request",
        columns: [
          idColumn(),
          varchar("referenceNumber", 20),
          varchar("status", 16),
          varchar("receivedOn", 10),
          { name: "receivedAt", type: ts },
          varchar("incomingChannel", 16),
          varchar("submitterPersonnummer", 12),
          varchar("submitterSubject", 128),
          varchar("subject", 16),
          varchar("patientPersonnummer", 12),
          varchar("patientName", 200, true),
          varchar("periodFrom", 10, true),
          varchar("periodTo", 10, true),
          varchar("injuryDate", 10, true),
          text("injuryOrCause", false),
          varchar("careUnit", 200),
          varchar("legalBasis", 32),
          text("otherInformation"),
          varchar("deliveryWanted", 16),
          varchar("assigneeSubject", 128, true),
          varchar("assigneeName", 200, true),
          varchar("harmDecision", 16, true),
          text("harmReasons"),
          text("decisionText"),
          varchar("sentChannel", 16, true),
          varchar("sentOn", 10, true),
          varchar("invoicedOn", 10, true),
          { name: "sample", type: "boolean", default: booleanDefault(runner, false) },
          { name: "updatedAt", type: ts },
        ],
      }),
    );
    await runner.createIndex("release_request", tableIndex(runner, "release_request", ["referenceNumber"], true));
    await runner.createIndex("release_request", tableIndex(runner, "release_request", ["submitterPersonnummer"]));
    await runner.createIndex("release_request", tableIndex(runner, "release_request", ["status", "referenceNumber"]));

    await runner.createTable(
      new Table({
        name: "release_request_event",
        columns: [
          idColumn(),
          varchar("requestId", 36),
          { name: "seq", type: "integer" },
          { name: "at", type: ts },
          varchar("action", 32),
          varchar("fromStatus", 16, true),
          varchar("toStatus", 16),
          varchar("actorSubject", 128),
          text("note"),
        ],
      }),
    );
    await runner.createIndex("release_request_event", tableIndex(runner, "release_request_event", ["requestId", "seq"], true));

    await runner.createTable(
      new Table({
        name: "release_attachment",
        columns: [
          idColumn(),
          varchar("uploaderPersonnummer", 12),
          varchar("uploaderSubject", 128),
          varchar("requestId", 36, true),
          varchar("fileName", 200),
          varchar("mediaType", 64),
          { name: "sizeBytes", type: "integer" },
          { name: "uploadedAt", type: ts },
        ],
      }),
    );
    await runner.createIndex("release_attachment", tableIndex(runner, "release_attachment", ["uploaderPersonnummer"]));
    await runner.createIndex("release_attachment", tableIndex(runner, "release_attachment", ["requestId"]));

    await runner.createTable(
      new Table({
        name: "record_index_entry",
        columns: [
          idColumn(),
          varchar("archiveCreator", 200),
          varchar("unit", 200),
          varchar("enterprise", 200),
          varchar("organisationNumber", 20, true),
          varchar("patientName", 200),
          varchar("personnummer", 12, true),
          varchar("birthDate", 10, true),
          varchar("deathDate", 10, true),
          varchar("sex", 8, true),
          varchar("firstContact", 10, true),
          varchar("lastContact", 10, true),
          text("remark"),
          varchar("diagnosisCode", 20, true),
          varchar("diagnosisText", 300, true),
          varchar("codeSystem", 40, true),
          varchar("diagnosisDate", 10, true),
          varchar("box", 60, true),
          varchar("shelf", 60, true),
          { name: "scanned", type: "boolean" },
          { name: "sample", type: "boolean", default: booleanDefault(runner, false) },
        ],
      }),
    );
    await runner.createIndex("record_index_entry", tableIndex(runner, "record_index_entry", ["personnummer"]));
    await runner.createIndex("record_index_entry", tableIndex(runner, "record_index_entry", ["patientName"]));

    await runner.createTable(
      new Table({
        name: "record_index_access",
        columns: [
          idColumn(),
          { name: "at", type: ts },
          { name: "atMs", type: "integer" },
          varchar("actorSubject", 128),
          varchar("actorRoles", 128),
          varchar("action", 8),
          text("criteria", false),
          varchar("entryId", 36, true),
          { name: "resultCount", type: "integer" },
          text("purpose", false),
        ],
      }),
    );
    await runner.createIndex("record_index_access", tableIndex(runner, "record_index_access", ["atMs"]));
    await runner.createIndex("record_index_access", tableIndex(runner, "record_index_access", ["entryId"]));
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ["record_index_access", "record_index_entry", "release_attachment", "release_request_event", "release_request"]) {
      await runner.dropTable(table);
    }
    for (const column of ["accessConditionsEn", "accessConditionsSv", "whereKept", "creator"]) await runner.dropColumn("archive_holding", column);
  }
}
