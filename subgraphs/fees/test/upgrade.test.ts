import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDataSource, openDatabase } from "@vardportal/kit";
import { definition } from "../src/index.js";

/**
 * A developer's data/ already holds the first fees migration and its seed. The later migrations must
 * keep those lines (SQLite rebuilds a table to add a column) and give them what the rules now read.
 */
const dir = mkdtempSync(path.join(tmpdir(), "fees-upgrade-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("upgrading a database made by the first fees migration", () => {
  it("keeps every schedule and line, and fills the new columns from what source 002 says", async () => {
    const file = path.join(dir, "fees.sqlite");
    const before = createDataSource({ database: file, entities: [], migrations: definition.migrations.slice(0, 1) });
    await openDatabase(before);
    await before.query(`INSERT INTO fee_schedule (id, region, titleSv, validFrom, freeUnderAge, highCostLimitSek) VALUES ('s1', 'Norrbotten', 'Taxa', '2025-01-01', 20, 1450)`);
    for (const [position, visitKind] of ["HEALTH_CENTRE_VISIT", "SPECIALIST_VISIT", "REMOTE_VISIT", "DIGITAL_CHAT", "MISSED_VISIT"].entries()) {
      await before.query(`INSERT INTO fee_item (scheduleId, position, visitKind, labelSv, amountSek, countsTowardsHighCost) VALUES ('s1', ?, ?, 'Rad', 300, 1)`, [position, visitKind]);
    }
    await before.destroy();

    const after = createDataSource({ database: file, entities: definition.entities, migrations: definition.migrations });
    await openDatabase(after);
    const lines = await after.query(`SELECT visitKind, unitKinds, chargedWhenMissed FROM fee_item ORDER BY position`);
    expect(lines).toEqual([
      { visitKind: "HEALTH_CENTRE_VISIT", unitKinds: "HEALTH_CENTRE", chargedWhenMissed: 1 },
      { visitKind: "SPECIALIST_VISIT", unitKinds: "HOSPITAL_CLINIC,PSYCHIATRY", chargedWhenMissed: 1 },
      { visitKind: "REMOTE_VISIT", unitKinds: "HEALTH_CENTRE,HOSPITAL_CLINIC,PSYCHIATRY", chargedWhenMissed: 1 },
      { visitKind: "DIGITAL_CHAT", unitKinds: "", chargedWhenMissed: 0 },
      { visitKind: "MISSED_VISIT", unitKinds: "HEALTH_CENTRE,HOSPITAL_CLINIC,PSYCHIATRY", chargedWhenMissed: 0 },
    ]);
    expect(await after.query(`SELECT freeUnderAge, freeFromAge, ageExemptionCoversMissedVisits FROM fee_schedule`)).toEqual([
      { freeUnderAge: 20, freeFromAge: null, ageExemptionCoversMissedVisits: 1 },
    ]);
    expect(await after.query(`SELECT COUNT(*) AS n FROM high_cost_payment`)).toEqual([{ n: 0 }]);
    await after.destroy();
  });
});
