import type { DataSource, EntityManager, QueryRunner } from "typeorm";
import { foldForSearch } from "./fold.js";
import { SEARCH_FOLD_FUNCTION } from "./sql.js";
import type { SearchIndexSpec } from "./search-index.js";

/**
 * Search on PostgreSQL (decision 022, "On PostgreSQL"): the same index spec, the same folding, the
 * same words, the same corrections, with PostgreSQL's own full-text search in place of FTS5.
 *
 * - `vp_search_fold(text)` is a function in the subgraph's schema that maps each character exactly as
 *   `foldForSearch` does. Its tables are generated here from `foldForSearch` itself (every BMP code
 *   point whose fold differs), so it never depends on the database's locale (`lower()` would).
 * - `vp_search_words(text)` turns everything that is not a letter, a digit or a private-use character
 *   (as `\p{L}\p{N}\p{Co}` in JavaScript, the characters FTS5's unicode61 keeps) into a space, so the
 *   text-search parser only ever sees plain words: "1177.se" is "1177" and "se", "e-tjänst" is "e" and
 *   "tjänst", exactly as in SQLite, and a host name, an e-mail or a number with a dot is never one token.
 * - The index is a table with the folded text and a generated `tsvector` (title weight A, keywords B,
 *   body C; the 'simple' configuration: no stemming, no stop words), kept in step by row triggers.
 */

type Queryable = Pick<EntityManager, "query"> | Pick<QueryRunner, "query">;

/** The SQL name of the function that makes words of folded text for the text-search parser. */
export const SEARCH_WORDS_FUNCTION = "vp_search_words";

/** True when this data source, query runner or manager talks to PostgreSQL. */
export function isPostgres(target: DataSource | QueryRunner | EntityManager): boolean {
  const dataSource = "connection" in target && target.connection ? target.connection : (target as DataSource);
  return dataSource.driver.options.type === "postgres";
}

const q = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
const hex = (code: number) => (code > 0xffff ? `\\\\U${code.toString(16).padStart(8, "0")}` : `\\\\u${code.toString(16).padStart(4, "0")}`);

/** A bracket expression for PostgreSQL's regular expressions, as an E'' literal: code points, never locale classes. */
function bracket(codes: number[], negate = false): string {
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i++) {
    const start = codes[i]!;
    let end = start;
    while (codes[i + 1] === end + 1) end = codes[++i]!;
    parts.push(end === start ? hex(start) : end === start + 1 ? `${hex(start)}${hex(end)}` : `${hex(start)}-${hex(end)}`);
  }
  return `E'[${negate ? "^" : ""}${parts.join("")}]${negate ? "+" : ""}'`;
}

interface FoldStage {
  from: string;
  to: string;
  codes: number[];
}

/** The fold as translate() stages: ASCII, then one per 256-code-point block that has anything to fold. */
function foldStages(): { ascii: FoldStage; blocks: FoldStage[] } {
  const ascii: FoldStage = { from: "", to: "", codes: [] };
  const byBlock = new Map<number, FoldStage>();
  for (let code = 1; code <= 0xffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue; // surrogates: not characters PostgreSQL stores
    const ch = String.fromCharCode(code);
    const folded = foldForSearch(ch);
    if (folded === ch) continue;
    if (folded.length !== 1) throw new Error(`foldForSearch maps U+${code.toString(16)} to ${folded.length} characters`);
    const stage = code < 0x80 ? ascii : (byBlock.get(code >> 8) ?? byBlock.set(code >> 8, { from: "", to: "", codes: [] }).get(code >> 8)!);
    stage.from += ch;
    stage.to += folded;
    stage.codes.push(code);
  }
  const blocks = [...byBlock.entries()].sort(([a], [b]) => a - b).map(([, stage]) => stage);
  // Stages run one after the other: what a stage makes must not be folded again by a later one.
  const stages = [ascii, ...blocks];
  stages.forEach((stage, i) => {
    for (const ch of stage.to) {
      if (stages.slice(i + 1).some((later) => later.from.includes(ch))) throw new Error(`fold of a character is folded again: ${ch}`);
    }
  });
  return { ascii, blocks };
}

let foldFunctionSql: string | undefined;

/**
 * `vp_search_fold` for PostgreSQL: exactly `foldForSearch`, one character to one character. One
 * translate() over the whole table would compare each character with 2 000 others; instead ASCII is
 * folded first, and a block's table is used only when the text has a character of that block to fold
 * (most Swedish text needs only ASCII and Latin-1: å, ä and ö themselves need nothing).
 */
export function searchFoldFunctionSql(): string {
  if (foldFunctionSql) return foldFunctionSql;
  const { ascii, blocks } = foldStages();
  const lines = [
    `CREATE OR REPLACE FUNCTION ${SEARCH_FOLD_FUNCTION}(t text) RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $vp_search$`,
    `DECLARE s text := translate(coalesce(t, ''), ${literal(ascii.from)}, ${literal(ascii.to)});`,
    `BEGIN`,
    `  IF s !~ ${bracket(blocks.flatMap((block) => block.codes))} THEN RETURN s; END IF;`,
    ...blocks.map((block) => `  IF s ~ ${bracket(block.codes)} THEN s := translate(s, ${literal(block.from)}, ${literal(block.to)}); END IF;`),
    `  RETURN s;`,
    `END`,
    `$vp_search$`,
  ];
  foldFunctionSql = lines.join("\n");
  return foldFunctionSql;
}

let wordsFunctionSql: string | undefined;

/** `vp_search_words`: anything but a letter, a digit or a private-use character (code points, as in JS) is a space. */
export function searchWordsFunctionSql(): string {
  if (wordsFunctionSql) return wordsFunctionSql;
  const word = /^[\p{L}\p{N}\p{Co}]$/u;
  const codes: number[] = [];
  for (let code = 1; code <= 0x10ffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    if (word.test(String.fromCodePoint(code))) codes.push(code);
  }
  wordsFunctionSql =
    `CREATE OR REPLACE FUNCTION ${SEARCH_WORDS_FUNCTION}(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $vp_search$ ` +
    `SELECT regexp_replace(coalesce(t, ''), ${bracket(codes, true)}, ' ', 'g') $vp_search$`;
  return wordsFunctionSql;
}

/** The SELECT that turns source rows (alias r) into index rows; the key is kept as text (it may be an integer). */
function indexRows(spec: SearchIndexSpec, where: string): string {
  const fold = (expression: string | undefined) => (expression ? `${SEARCH_FOLD_FUNCTION}(${expression})` : "''");
  return (
    `SELECT CAST(r.${q(spec.key ?? "id")} AS text), ${fold(spec.title)}, ${fold(spec.keywords)}, ${fold(spec.body)} ` +
    `FROM ${q(spec.source)} r WHERE ${where}`
  );
}

/** Never fails a writer's statement over the index: a key already there is indexed again. */
const insertInto = (spec: SearchIndexSpec, where: string) =>
  `INSERT INTO ${q(spec.name)} ("key", "title", "keywords", "body") ${indexRows(spec, where)} ` +
  `ON CONFLICT ("key") DO UPDATE SET "title" = EXCLUDED."title", "keywords" = EXCLUDED."keywords", "body" = EXCLUDED."body";`;

/** The triggers on PostgreSQL: the SQLite names (ai, ad, au, dep<i>) and one for TRUNCATE (at). */
export function postgresTriggerNames(spec: SearchIndexSpec): string[] {
  return ["ai", "ad", "au", ...(spec.dependsOn ?? []).map((_, i) => `dep${i}`), "at"].map((suffix) => `${spec.name}_${suffix}`);
}

/** The table each of `postgresTriggerNames` is on. */
const triggerTables = (spec: SearchIndexSpec) => [spec.source, spec.source, spec.source, ...(spec.dependsOn ?? []).map((d) => d.table), spec.source];

/** The trigger functions and triggers; safe to run again (they replace what is there). */
export function postgresTriggerStatements(spec: SearchIndexSpec): string[] {
  const key = q(spec.key ?? "id");
  const name = q(spec.name);
  const source = q(spec.source);
  const sync = q(`${spec.name}_sync`);
  const clear = q(`${spec.name}_clear`);
  const names = postgresTriggerNames(spec).map(q);
  const [ai, ad, au] = names as [string, string, string];
  const rest = names.slice(3, -1);
  const at = names[names.length - 1]!;
  // The function keeps the search_path it was made with (the subgraph's schema), so a write from a
  // connection with another search_path (psql, a script) still finds the index and the functions.
  const fn = (fnName: string, body: string) =>
    `CREATE OR REPLACE FUNCTION ${fnName}() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $vp_search$\nBEGIN\n${body}\n  RETURN NULL;\nEND\n$vp_search$`;
  const trigger = (triggerName: string, when: string, table: string, fnName: string, each = "ROW") => [
    `DROP TRIGGER IF EXISTS ${triggerName} ON ${table}`,
    `CREATE TRIGGER ${triggerName} AFTER ${when} ON ${table} FOR EACH ${each} EXECUTE FUNCTION ${fnName}()`,
  ];
  const statements = [
    fn(
      sync,
      `  IF TG_OP <> 'INSERT' THEN DELETE FROM ${name} WHERE "key" = CAST(OLD.${key} AS text); END IF;\n` +
        `  IF TG_OP <> 'DELETE' THEN ${insertInto(spec, `r.${key} = NEW.${key}`)} END IF;`,
    ),
    fn(clear, `  DELETE FROM ${name};`),
    ...trigger(ai, "INSERT", source, sync),
    ...trigger(ad, "DELETE", source, sync),
    ...trigger(au, "UPDATE", source, sync),
    ...trigger(at, "TRUNCATE", source, clear, "STATEMENT"),
  ];
  (spec.dependsOn ?? []).forEach((dependency, index) => {
    const dependencyFn = q(`${spec.name}_dep${index}`);
    statements.push(
      fn(
        dependencyFn,
        `  DELETE FROM ${name} WHERE "key" IN (SELECT CAST(r.${key} AS text) FROM ${source} r WHERE ${dependency.where});\n` +
          `  ${insertInto(spec, dependency.where)}`,
      ),
      ...trigger(rest[index]!, "UPDATE", q(dependency.table), dependencyFn),
    );
  });
  return statements;
}

/** The functions, the index table with its generated tsvector and GIN index, the fill, and the triggers. */
export function postgresSearchIndexStatements(spec: SearchIndexSpec): string[] {
  const name = q(spec.name);
  const words = (column: string, weight: string) => `setweight(to_tsvector('simple'::regconfig, ${SEARCH_WORDS_FUNCTION}(${q(column)})), '${weight}')`;
  return [
    searchFoldFunctionSql(),
    searchWordsFunctionSql(),
    `CREATE TABLE ${name} ("key" text PRIMARY KEY, "title" text NOT NULL DEFAULT '', "keywords" text NOT NULL DEFAULT '', "body" text NOT NULL DEFAULT '', ` +
      `"vector" tsvector GENERATED ALWAYS AS (${words("title", "A")} || ${words("keywords", "B")} || ${words("body", "C")}) STORED)`,
    `CREATE INDEX ${q(`${spec.name}_vector`)} ON ${name} USING gin ("vector")`,
    insertInto(spec, "true"),
    ...postgresTriggerStatements(spec),
  ];
}

export async function createPostgresSearchIndex(runner: Queryable, spec: SearchIndexSpec): Promise<void> {
  for (const statement of postgresSearchIndexStatements(spec)) await runner.query(statement);
}

export async function dropPostgresSearchIndex(runner: Queryable, spec: SearchIndexSpec): Promise<void> {
  const names = postgresTriggerNames(spec);
  const tables = triggerTables(spec);
  for (const [i, trigger] of names.entries()) await runner.query(`DROP TRIGGER IF EXISTS ${q(trigger)} ON ${q(tables[i]!)}`);
  for (const fn of ["sync", "clear", ...(spec.dependsOn ?? []).map((_, i) => `dep${i}`)]) {
    await runner.query(`DROP FUNCTION IF EXISTS ${q(`${spec.name}_${fn}`)}()`);
  }
  // vp_search_fold and vp_search_words stay: other indexes of the schema use them.
  await runner.query(`DROP TABLE IF EXISTS ${q(spec.name)}`);
}

/**
 * Whether every trigger is there, on the table it belongs to, in this schema. PostgreSQL keeps
 * triggers when a column changes (unlike TypeORM's table copy on SQLite), but a dropped one is made again.
 */
export async function postgresSearchIndexIntact(dataSource: Queryable, spec: SearchIndexSpec): Promise<boolean> {
  const names = postgresTriggerNames(spec);
  const tables = triggerTables(spec);
  const rows: { present: string | number }[] = await dataSource.query(
    `SELECT count(*) AS present FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid ` +
      `JOIN unnest($1::text[], $2::text[]) AS wanted(trigger_name, table_name) ON wanted.trigger_name = t.tgname AND wanted.table_name = c.relname ` +
      `WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal`,
    [names, tables],
  );
  return Number(rows[0]?.present ?? 0) === names.length;
}

/** Makes the functions and triggers again and rebuilds the index, one instance at a time. */
export async function repairPostgresSearchIndex(dataSource: DataSource, spec: SearchIndexSpec): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':vp_search:' || $1))`, [spec.name]);
    if (await postgresSearchIndexIntact(manager, spec)) return; // another instance repaired it while this one waited
    for (const statement of [searchFoldFunctionSql(), searchWordsFunctionSql(), ...postgresTriggerStatements(spec)]) await manager.query(statement);
    await manager.query(`DELETE FROM ${q(spec.name)}`);
    await manager.query(insertInto(spec, "true"));
  });
}

/** The text-search query: each word quoted and a prefix, all ANDed ('vårdc':* & 'or':*). */
export const tsQueryExpression = (terms: readonly string[]) =>
  terms.map((term) => `'${term.replace(/\\/g, "\\\\").replace(/'/g, "''")}':*`).join(" & ");

/**
 * Rank, lower is better as with bm25: minus ts_rank with the index's weights relative to the largest
 * (title 10, keywords 4, body 1 → A 1, B 0.4, C 0.1), so a title hit outranks a body hit.
 */
export function postgresRankSql(name: string, weights: { title: number; keywords: number; body: number }, query: string): string {
  const top = Math.max(weights.title, weights.keywords, weights.body) || 1;
  const w = (value: number) => String(Math.max(0, value / top));
  return `-ts_rank(CAST('{0,${w(weights.body)},${w(weights.keywords)},${w(weights.title)}}' AS real[]), ${name}.vector, ${query})`;
}

/** Whether some indexed word starts with `word`: a prefix query on the GIN index, no scan of the vocabulary. */
export async function postgresIsKnownPrefix(dataSource: DataSource, spec: SearchIndexSpec, word: string): Promise<boolean> {
  const rows = await dataSource.query(`SELECT 1 FROM ${q(spec.name)} WHERE "vector" @@ to_tsquery('simple', $1) LIMIT 1`, [tsQueryExpression([word])]);
  return rows.length > 0;
}

/**
 * The indexed words of a length between `min` and `max` with the number of rows that have each (what
 * fts5vocab's 'row' table gives on SQLite): ts_stat reads every vector of the index, so this is asked
 * only for a word that is not the start of any indexed word (a likely misspelling).
 */
export async function postgresVocabulary(dataSource: DataSource, spec: SearchIndexSpec, min: number, max: number): Promise<{ term: string; doc: number }[]> {
  const rows: { term: string; doc: number | string }[] = await dataSource.query(
    `SELECT word AS term, ndoc AS doc FROM ts_stat($1) WHERE length(word) BETWEEN $2 AND $3`,
    [`SELECT "vector" FROM ${q(spec.name)}`, min, max],
  );
  return rows.map((row) => ({ term: row.term, doc: Number(row.doc) }));
}
