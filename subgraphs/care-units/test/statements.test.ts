import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContentStatus, onEveryStatement } from "@vardportal/kit";
import { expectData, withTsxModuleHooks, type TestSubgraph } from "@vardportal/kit/testing";
import { CareUnit } from "../src/entities/care-unit.entity.js";
import { ExceptionSpanRow } from "../src/entities/exception-span.entity.js";
import { HoursExceptionRow } from "../src/entities/hours-exception.entity.js";
import { WeeklySpanRow } from "../src/entities/weekly-span.entity.js";
import { createUnit, spans, startCareUnits } from "./helpers.js";
import { FindCareQuery } from "../../../portal/app/routes/($lang).hitta-vard._index.graphql.js";

/**
 * SQL statements per request must not grow with the list (issue 11: batching, no N+1). The portal's
 * "Hitta vård" list asks for each unit's opening status, which needs its weekly hours and exceptions:
 * one statement per kind of row for the whole page, however many units are on it. Counted at TypeORM's
 * query runner, so the same test holds on SQLite and PostgreSQL.
 */
const LIST = `query($first: Int!, $after: String, $filter: CareUnitFilter!, $now: DateTimeISO!) {
  careUnits(first: $first, after: $after, filter: $filter, orderBy: NAME) {
    totalCount
    edges { node { id hsaId name kind municipality address phone openingStatus(at: $now) { open closesAt opensNext hoursKnown } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

let t: TestSubgraph;
const seen: string[] = [];
let counting = false;

beforeAll(async () => {
  t = await startCareUnits({ seed: false });
  onEveryStatement(t.subgraph.dataSource, (sql) => {
    if (counting) seen.push(sql);
  });
  for (const size of [3, 120]) {
    for (let i = 0; i < size; i++) {
      const unit = await createUnit(t, { hsaId: `SE2321000230-S${size}X${String(i).padStart(3, "0")}`, name: `Räknad ${size} enhet ${String(i).padStart(3, "0")}`, municipality: `Räknestad ${size}` }, { publish: true });
      await t.subgraph.dataSource.getRepository(WeeklySpanRow).insert(spans([1, 2, 3, 4, 5], "08:00", "17:00").map((s) => ({ ...s, unitId: unit.id })));
      const exception = await t.subgraph.dataSource.getRepository(HoursExceptionRow).insert({ unitId: unit.id, fromDate: "2026-03-03", toDate: "2026-03-03", label: { sv: "Stängt", en: null } as never });
      await t.subgraph.dataSource.getRepository(ExceptionSpanRow).insert({ exceptionId: exception.identifiers[0]!.id as number, opens: 600, closes: 720 });
    }
  }
  expect(await t.subgraph.dataSource.getRepository(CareUnit).countBy({ status: ContentStatus.PUBLISHED })).toBe(123);
}, 60_000);
afterAll(async () => {
  await t.close();
});

async function statementsFor(size: number, first: number, after: string | null = null, document = LIST) {
  seen.length = 0;
  counting = true;
  try {
    const result = await t.query<{ careUnits: { edges: { node: { openingStatus: { hoursKnown: boolean } } }[]; pageInfo: { endCursor: string } } }>(document, {
      variables: { first, after, filter: { municipality: `Räknestad ${size}` }, now: "2026-03-02T09:00:00+01:00" },
    });
    const page = expectData(result).careUnits;
    expect(page.edges.every((e) => e.node.openingStatus.hoursKnown)).toBe(true);
    return { statements: [...seen], returned: page.edges.length, endCursor: page.pageInfo.endCursor };
  } finally {
    counting = false;
  }
}

describe("SQL statements per list request (no N+1)", () => {
  it("a page of 3 units and a page of 100 run the same statements", async () => {
    const small = await statementsFor(3, 100);
    const large = await statementsFor(120, 100);
    expect(small.returned).toBe(3);
    expect(large.returned).toBe(100);
    expect(large.statements.length).toBe(small.statements.length);
    expect(large.statements.length).toBeLessThanOrEqual(6);
  });

  it("a later page costs what the first does", async () => {
    const first = await statementsFor(120, 10);
    const second = await statementsFor(120, 10, first.endCursor);
    expect(second.returned).toBe(10);
    expect(second.statements.length).toBe(first.statements.length);
  });
});

/**
 * A service run from its TypeScript under tsx (as scripts/lib/stack.mjs has started them) has tsx's module
 * hooks answer every dynamic `import()` from a thread of their own, some event-loop turns later. A per-unit
 * field resolver that waits for one before it asks its DataLoader (type-graphql's own argument validation did:
 * `await import("class-validator")` for each object argument, openingStatus' `at` Date among them; the kit now
 * validates without it, kit/src/schema/validate-args.ts) splits a page's loads over several batches: the
 * benchmark counted 6 to 10 statements for a page of 100 where 3 units cost 4. Vitest loads modules without
 * those hooks, so this part puts tsx's in place, as the service has them.
 */
describe("SQL statements per list request under the service's module loader (tsx)", () => {
  withTsxModuleHooks();

  it("the portal's FindCare page of 100 costs what a page of 3 does, every time", async () => {
    // Each table the page's hours come from is read once: all the units' loads reached the loader in one batch.
    // (On PostgreSQL TypeORM names the schema too: FROM "t_…"."care_unit_opening_span".)
    const readsOf = (statements: string[], table: string) => statements.filter((sql) => new RegExp(`FROM ("[^"]+"\\.)?"${table}"`).test(sql)).length;
    const small = await statementsFor(3, 100, null, FindCareQuery);
    expect(small.returned).toBe(3);
    expect(readsOf(small.statements, "care_unit_opening_span")).toBe(1);
    expect(readsOf(small.statements, "care_unit_hours_exception")).toBe(1);
    const counts: number[] = [];
    for (let i = 0; i < 5; i++) {
      const large = await statementsFor(120, 100, null, FindCareQuery);
      expect(large.returned).toBe(100);
      counts.push(large.statements.length);
    }
    expect(counts).toEqual(counts.map(() => small.statements.length));
  });
});
