import { TableColumn, type MigrationInterface, type QueryRunner } from "typeorm";
import { booleanDefault } from "@vardportal/kit";

/**
 * Age exemptions from an age upwards (e.g. 85 and over), whether they waive a missed-visit fee, and
 * per line: whether missing the visit costs the missed-visit fee, and at which kinds of care unit it
 * applies. Lines already in a database (the Norrbotten seed) get what source 002 says of them.
 */
const existingLines: { visitKind: string; unitKinds: string; chargedWhenMissed: boolean }[] = [
  { visitKind: "HEALTH_CENTRE_VISIT", unitKinds: "HEALTH_CENTRE", chargedWhenMissed: true },
  { visitKind: "SPECIALIST_VISIT", unitKinds: "HOSPITAL_CLINIC,PSYCHIATRY", chargedWhenMissed: true },
  { visitKind: "REMOTE_VISIT", unitKinds: "HEALTH_CENTRE,HOSPITAL_CLINIC,PSYCHIATRY", chargedWhenMissed: true },
  { visitKind: "MISSED_VISIT", unitKinds: "HEALTH_CENTRE,HOSPITAL_CLINIC,PSYCHIATRY", chargedWhenMissed: false },
];

export class FeeExemptionsAndUnitKinds1700000002001 implements MigrationInterface {
  name = "FeeExemptionsAndUnitKinds1700000002001";

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumns("fee_schedule", [
      new TableColumn({ name: "freeFromAge", type: "integer", isNullable: true }),
      new TableColumn({ name: "ageExemptionCoversMissedVisits", type: "boolean", default: booleanDefault(runner, true) }),
    ]);
    await runner.addColumns("fee_item", [
      new TableColumn({ name: "chargedWhenMissed", type: "boolean", default: booleanDefault(runner, false) }),
      new TableColumn({ name: "unitKinds", type: "text", default: "''" }),
    ]);
    for (const line of existingLines) {
      await runner.manager
        .createQueryBuilder()
        .update("fee_item")
        .set({ unitKinds: line.unitKinds, chargedWhenMissed: line.chargedWhenMissed })
        .where("visitKind = :visitKind", { visitKind: line.visitKind })
        .execute();
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumns("fee_item", ["unitKinds", "chargedWhenMissed"]);
    await runner.dropColumns("fee_schedule", ["ageExemptionCoversMissedVisits", "freeFromAge"]);
  }
}
