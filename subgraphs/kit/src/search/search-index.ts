import type { DataSource, QueryRunner } from "typeorm";
import { SEARCH_FOLD_FUNCTION } from "./sql.js";
import {
  createPostgresSearchIndex,
  dropPostgresSearchIndex,
  isPostgres,
  postgresSearchIndexIntact,
  repairPostgresSearchIndex,
} from "./postgres.js";

/**
 * One FTS5 index over one content table. A subgraph declares only this; the kit writes the table,
 * the triggers and the vocabulary. Every expression is SQL over the source row, aliased `r`
 * (`r."name"`, `concat_ws(' ', r."titleSv", r."titleEn")`), and is folded by `vp_search_fold` before
 * it is indexed. The same SQL runs on SQLite (FTS5) and PostgreSQL (tsvector, see postgres.ts), so keep
 * to what both have: concat_ws, replace, coalesce, CASE, a correlated subquery.
 */
export interface SearchIndexSpec {
  /** The FTS5 table, e.g. care_unit_search; its vocabulary is `<name>_vocab`. */
  name: string;
  /** The content table the rows come from. */
  source: string;
  /** The column that identifies a source row; the index keeps it (UNINDEXED) to join on. Default id. */
  key?: string;
  /** What a hit is called (the name of a unit, the title of a guideline). */
  title: string;
  /** Short words that describe it (municipality, kind, region, English title). */
  keywords?: string;
  /** Longer text (a description, a body). */
  body?: string;
  /** bm25 weights of title, keywords and body. Default 10, 4, 1: a title hit outranks a body hit. */
  weights?: { title: number; keywords: number; body: number };
  /**
   * Other tables whose change alters what a source row indexes (fee items index their schedule's
   * title): on an update of `table`, the source rows where `where` holds are indexed again. `where`
   * is SQL over the source row `r` and the changed row `NEW`.
   */
  dependsOn?: { table: string; where: string }[];
}

export const defaultWeights = { title: 10, keywords: 4, body: 1 };

const q = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

export const vocabularyTable = (spec: SearchIndexSpec) => `${spec.name}_vocab`;

/** The SELECT that turns source rows (alias r) into index rows, for the fill and for every trigger. */
function indexRows(spec: SearchIndexSpec, where: string): string {
  const fold = (expression: string | undefined) => (expression ? `${SEARCH_FOLD_FUNCTION}(${expression})` : "''");
  return (
    `SELECT r.${q(spec.key ?? "id")}, ${fold(spec.title)}, ${fold(spec.keywords)}, ${fold(spec.body)} ` +
    `FROM ${q(spec.source)} r WHERE ${where}`
  );
}

const insertInto = (spec: SearchIndexSpec, where: string) =>
  `INSERT INTO ${q(spec.name)} ("key", "title", "keywords", "body") ${indexRows(spec, where)};`;

/**
 * The statements that create the index, fill it from the rows already there and keep it in step
 * with TRIGGERS on the content table, so every writer (the kit's ContentStore, the editorial engine,
 * a seed, a hand-written UPDATE through the app's connection) updates it without knowing it exists.
 * Status, audience and dates are not indexed: the search query joins the content row and applies
 * `whereLive`, so publishing, archiving and audience changes need no re-index at all.
 */
export function searchIndexStatements(spec: SearchIndexSpec): string[] {
  const name = q(spec.name);
  return [
    `CREATE VIRTUAL TABLE ${name} USING fts5("key" UNINDEXED, "title", "keywords", "body", tokenize = 'unicode61 remove_diacritics 0')`,
    `CREATE VIRTUAL TABLE ${q(vocabularyTable(spec))} USING fts5vocab(${name}, 'row')`,
    insertInto(spec, "1"),
    ...searchTriggerStatements(spec),
  ];
}

/** The names of the triggers that keep the index in step. */
export function searchTriggerNames(spec: SearchIndexSpec): string[] {
  return ["ai", "ad", "au", ...(spec.dependsOn ?? []).map((_, i) => `dep${i}`)].map((suffix) => `${spec.name}_${suffix}`);
}

function searchTriggerStatements(spec: SearchIndexSpec): string[] {
  const key = q(spec.key ?? "id");
  const name = q(spec.name);
  const source = q(spec.source);
  const [ai, ad, au, ...dependencies] = searchTriggerNames(spec).map(q);
  const statements = [
    `CREATE TRIGGER IF NOT EXISTS ${ai} AFTER INSERT ON ${source} BEGIN ${insertInto(spec, `r.rowid = NEW.rowid`)} END`,
    `CREATE TRIGGER IF NOT EXISTS ${ad} AFTER DELETE ON ${source} BEGIN DELETE FROM ${name} WHERE "key" = OLD.${key}; END`,
    `CREATE TRIGGER IF NOT EXISTS ${au} AFTER UPDATE ON ${source} BEGIN ` +
      `DELETE FROM ${name} WHERE "key" = OLD.${key}; ${insertInto(spec, `r.rowid = NEW.rowid`)} END`,
  ];
  (spec.dependsOn ?? []).forEach((dependency, index) => {
    const where = dependency.where;
    statements.push(
      `CREATE TRIGGER IF NOT EXISTS ${dependencies[index]} AFTER UPDATE ON ${q(dependency.table)} BEGIN ` +
        `DELETE FROM ${name} WHERE "key" IN (SELECT r.${key} FROM ${source} r WHERE ${where}); ` +
        `${insertInto(spec, where)} END`,
    );
  });
  return statements;
}

const checked = new WeakMap<object, Map<string, Promise<void>>>();

/**
 * Makes sure the triggers are there, once per connection and index. TypeORM's SQLite driver changes a
 * column by copying the table to a new one, which drops the old table's triggers: a later migration of
 * a content table (anyone's) would silently stop the index following it. When a trigger is missing it
 * is made again and the index rebuilt from the table, in one transaction.
 */
export function ensureSearchIndex(dataSource: DataSource, spec: SearchIndexSpec): Promise<void> {
  const done = checked.get(dataSource) ?? new Map<string, Promise<void>>();
  checked.set(dataSource, done);
  let pending = done.get(spec.name);
  if (!pending) {
    pending = repairSearchIndex(dataSource, spec);
    done.set(spec.name, pending);
    pending.catch(() => done.delete(spec.name));
  }
  return pending;
}

async function repairSearchIndex(dataSource: DataSource, spec: SearchIndexSpec): Promise<void> {
  if (isPostgres(dataSource)) {
    if (!(await postgresSearchIndexIntact(dataSource, spec))) await repairPostgresSearchIndex(dataSource, spec);
    return;
  }
  const names = searchTriggerNames(spec);
  const present: { name: string }[] = await dataSource.query(
    `SELECT name FROM sqlite_master WHERE type = 'trigger' AND name IN (${names.map(() => "?").join(", ")})`,
    names,
  );
  if (present.length === names.length) return;
  await dataSource.transaction(async (manager) => {
    for (const statement of searchTriggerStatements(spec)) await manager.query(statement);
    await manager.query(`DELETE FROM ${q(spec.name)}`);
    await manager.query(insertInto(spec, "1"));
  });
}

function isSqlite(runner: QueryRunner): boolean {
  return ["better-sqlite3", "sqlite"].includes(runner.connection.driver.options.type);
}

/**
 * For a subgraph's migration: creates, fills and wires the index. SQLite: FTS5; PostgreSQL: a table
 * with a generated tsvector (see postgres.ts). On another driver this refuses rather than leaving
 * search silently empty.
 */
export async function createSearchIndex(runner: QueryRunner, spec: SearchIndexSpec): Promise<void> {
  if (isPostgres(runner)) return createPostgresSearchIndex(runner, spec);
  if (!isSqlite(runner)) throw new Error(`Search index ${spec.name}: full-text search is written for SQLite FTS5 and PostgreSQL (decision 022).`);
  for (const statement of searchIndexStatements(spec)) await runner.query(statement);
}

export async function dropSearchIndex(runner: QueryRunner, spec: SearchIndexSpec): Promise<void> {
  if (isPostgres(runner)) return dropPostgresSearchIndex(runner, spec);
  for (const trigger of searchTriggerNames(spec)) await runner.query(`DROP TRIGGER IF EXISTS ${q(trigger)}`);
  await runner.query(`DROP TABLE IF EXISTS ${q(vocabularyTable(spec))}`);
  await runner.query(`DROP TABLE IF EXISTS ${q(spec.name)}`);
}

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** SQL that turns a code column into words a reader would search for (`HEALTH_CENTRE` → "vårdcentral health centre"). */
export function sqlLabels(column: string, labels: Record<string, string>): string {
  const whens = Object.entries(labels).map(([code, words]) => `WHEN ${literal(code)} THEN ${literal(words)}`);
  return `(CASE ${column} ${whens.join(" ")} ELSE NULL END)`;
}

/** SQL that joins several text expressions with spaces, leaving NULLs out. */
export const sqlWords = (...expressions: string[]) => `concat_ws(' ', ${expressions.join(", ")})`;
