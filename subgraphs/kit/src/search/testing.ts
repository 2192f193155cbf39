import { expect } from "vitest";
import type { DataSource } from "typeorm";
import { isPostgres } from "./postgres.js";
import type { SearchIndexSpec } from "./search-index.js";
import type { TestSubgraph } from "../testing/harness.js";
import { expectPerPersona, type MatrixItem, perPersona, shouldRead } from "../testing/matrix.js";
import type { PersonaName } from "../testing/personas.js";

export interface SearchHitData {
  type: string;
  id: string;
  title: { text: string; highlights: { start: number; length: number }[] };
  snippet: { text: string; highlights: { start: number; length: number }[] } | null;
  path: string;
  score: number;
  region: string;
}

export interface SearchData {
  hits: SearchHitData[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  terms: string[];
  didYouMean: string | null;
}

export const searchDocument = (field: string) => `query($text: String!, $first: Int, $after: String) {
  ${field}(text: $text, first: $first, after: $after) {
    totalCount terms didYouMean
    pageInfo { hasNextPage endCursor }
    hits { type id path score region title { text highlights { start length } } snippet { text highlights { start length } } }
  }
}`;

/** Runs one search subgraph field; fails the test on any error. */
export async function searchAs(
  t: TestSubgraph,
  field: string,
  text: string,
  as: PersonaName = "anonymous",
  extra: { first?: number; after?: string | null } = {},
): Promise<SearchData> {
  const result = await t.query<Record<string, SearchData>>(searchDocument(field), { as, variables: { text, ...extra } });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data![field]!;
}

/** The error code and field of a refused search. */
export async function searchError(t: TestSubgraph, field: string, text: string, extra: { first?: number; after?: string } = {}) {
  const result = await t.query(searchDocument(field), { variables: { text, ...extra } });
  const error = result.errors?.[0];
  return { code: error?.extensions?.code, field: error?.extensions?.field, problem: error?.extensions?.problem, data: result.data?.[field] ?? null };
}

/**
 * The role matrix for a search: `text` matches every item of the fixture, and each persona must get
 * exactly the live items in an audience it reads (decision 004), nothing else.
 */
export async function expectSearchMatrix(t: TestSubgraph, field: string, text: string, items: readonly MatrixItem[]): Promise<void> {
  const names = new Map(items.map((item) => [item.id, item.key]));
  await expectPerPersona(
    `${field}("${text}")`,
    async (as) => {
      const data = await searchAs(t, field, text, as, { first: 50 });
      return data.hits.map((hit) => names.get(hit.id) ?? `unexpected ${hit.id}`).sort();
    },
    perPersona((as) => items.filter((item) => shouldRead(as, item)).map((item) => item.key).sort()),
  );
}

/**
 * For a subgraph's role matrix: each item is searched for by its own words, as every persona, and
 * must be among the hits exactly when the persona may read it (live, in an audience it reads).
 */
export async function expectSearchFindsEach(t: TestSubgraph, field: string, items: readonly (MatrixItem & { text: string })[]): Promise<void> {
  await expectPerPersona(
    `${field}: each item by its own words`,
    async (as) => {
      const found: string[] = [];
      for (const item of items) {
        const data = await searchAs(t, field, item.text, as, { first: 50 });
        if (data.hits.some((hit) => hit.id === item.id)) found.push(item.key);
      }
      return found.sort();
    },
    perPersona((as) => items.filter((item) => shouldRead(as, item)).map((item) => item.key).sort()),
  );
}

/** The table a search trigger (`<index>_ai|ad|au|at|dep<i>`) is on. */
function triggerTable(spec: SearchIndexSpec, trigger: string): string {
  const dependency = /_dep(\d+)$/.exec(trigger);
  return dependency ? spec.dependsOn![Number(dependency[1])]!.table : spec.source;
}

/**
 * Test only: drops one of a search index's triggers, as a later migration can (TypeORM copies a SQLite
 * table to change a column). Works on both drivers (PostgreSQL's DROP TRIGGER names the table).
 */
export async function dropSearchTrigger(dataSource: DataSource, spec: SearchIndexSpec, trigger: string): Promise<void> {
  const table = triggerTable(spec, trigger);
  await dataSource.query(isPostgres(dataSource) ? `DROP TRIGGER "${trigger}" ON "${table}"` : `DROP TRIGGER "${trigger}"`);
}

/** Test only: whether a search index's trigger is there (sqlite_master, or pg_trigger in the current schema). */
export async function searchTriggerExists(dataSource: DataSource, trigger: string): Promise<boolean> {
  const rows: { n: number | string }[] = isPostgres(dataSource)
    ? await dataSource.query(
        `SELECT count(*) AS n FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname = $1 AND c.relnamespace = current_schema()::regnamespace`,
        [trigger],
      )
    : await dataSource.query(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger' AND name = ?`, [trigger]);
  return Number(rows[0]?.n ?? 0) > 0;
}
