import { distance } from "fastest-levenshtein";
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { badUserInput, validationFailed } from "../errors.js";
import { searchTerms, withoutSwedishLetters } from "./fold.js";
import { defaultWeights, ensureSearchIndex, vocabularyTable, type SearchIndexSpec } from "./search-index.js";
import { isPostgres, postgresIsKnownPrefix, postgresRankSql, postgresVocabulary, tsQueryExpression } from "./postgres.js";
import { highlighted, matchRanges, snippetOf } from "./snippet.js";
import { MAX_SEARCH_PAGE, MAX_SEARCH_TERMS, MAX_SEARCH_TEXT, type SearchArgs, type SearchHit, type SearchHitType, type SearchResults } from "./types.js";

/** What a subgraph says about one found row; the kit adds highlights, snippet and score. */
export interface HitSource {
  type: SearchHitType;
  id: string;
  title: string;
  /** Texts to take the snippet from, in order of preference (Markdown is fine). */
  snippetFrom: (string | null | undefined)[];
  path: string;
  region: string;
}

export interface SearchOptions<T extends ObjectLiteral> {
  dataSource: DataSource;
  index: SearchIndexSpec;
  /** The subgraph's live query (whereLive already applied), with its row alias. */
  query: SelectQueryBuilder<T>;
  /** The SQL of the column the index's key refers to, e.g. `unit.id`. */
  keyColumn: string;
  /** The key of a loaded row, as the index stores it. */
  keyOf: (row: T) => string | number;
  toHit: (row: T) => HitSource;
  args: SearchArgs;
}

const emptyResults = (terms: string[] = []): SearchResults => ({
  hits: [],
  totalCount: 0,
  pageInfo: { hasNextPage: false, endCursor: null },
  terms,
  didYouMean: null,
});

/** A search cursor is the offset of the next hit: relevance is not a stable key to seek on. */
const encodeOffset = (offset: number) => Buffer.from(JSON.stringify({ o: offset })).toString("base64url");

function decodeOffset(after: string): number {
  const invalid = () => badUserInput("This cursor is not valid. Start again from the first page.", "after");
  if (after.length > 64) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(after, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw invalid();
  const { o, ...rest } = parsed as Record<string, unknown>;
  if (typeof o !== "number" || !Number.isInteger(o) || o < 1 || o > 10_000 || Object.keys(rest).length > 0) throw invalid();
  return o;
}

/** Checks the arguments; returns the folded words (possibly none: a query of only punctuation). */
export function checkSearchArgs(args: SearchArgs): { terms: string[]; offset: number } {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_SEARCH_PAGE) {
    throw validationFailed({ first: [`Must be between 1 and ${MAX_SEARCH_PAGE}.`] });
  }
  const text = (args.text ?? "").trim();
  if (!text) throw badUserInput("Write what to search for.", "text", { problem: "EMPTY" });
  if (text.length > MAX_SEARCH_TEXT) throw badUserInput(`At most ${MAX_SEARCH_TEXT} characters.`, "text", { problem: "TOO_LONG" });
  const terms = searchTerms(text);
  if (terms.length > MAX_SEARCH_TERMS) throw badUserInput(`At most ${MAX_SEARCH_TERMS} words.`, "text", { problem: "TOO_MANY_WORDS" });
  return { terms, offset: args.after ? decodeOffset(args.after) : 0 };
}

/**
 * Each word quoted (so nothing in it is FTS5 syntax; the words hold only letters and digits anyway)
 * and a prefix: "vårdc" finds "vårdcentral". Words are ANDed.
 */
export const matchExpression = (terms: readonly string[]) => terms.map((term) => `"${term.replace(/"/g, '""')}"*`).join(" ");

const letters = (word: string) => [...word].length;

/** How far a word may be from the word it is corrected to: none for 1–2 letters, 1 up to 6, else 2. */
export const allowedDistance = (word: string) => (letters(word) <= 2 ? 0 : letters(word) <= 6 ? 1 : 2);

/**
 * Relevance, 0..1, comparable across subgraphs (decision 022): 0.6 × the hit's bm25 relative to the
 * best hit of this search in this subgraph, plus 0.4 × the share of the words found in its title.
 * bm25 alone is not comparable between indexes (it depends on each corpus' word counts); the title
 * share is, and puts a title match in any subgraph above a body-only match.
 */
export function relevance(rank: number, bestRank: number, titleShare: number): number {
  const relative = bestRank < 0 && rank < 0 ? Math.min(1, rank / bestRank) : 1;
  return Math.round((0.6 * relative + 0.4 * titleShare) * 10_000) / 10_000;
}

async function search<T extends ObjectLiteral>(options: SearchOptions<T>, terms: string[], offset: number) {
  const { index, args } = options;
  const name = index.name;
  const w = index.weights ?? defaultWeights;
  const postgres = isPostgres(options.dataSource);
  const tsQuery = `to_tsquery('simple', :searchMatch)`;
  const rankSql = postgres ? postgresRankSql(name, w, tsQuery) : `bm25(${name}, 0, ${w.title}, ${w.keywords}, ${w.body})`;
  const base = postgres
    ? options.query
        .clone()
        .innerJoin(name, name, `${name}.key = CAST(${options.keyColumn} AS text)`)
        .andWhere(`${name}.vector @@ ${tsQuery}`, { searchMatch: tsQueryExpression(terms) })
    : options.query
        .clone()
        .innerJoin(name, name, `${name}.key = ${options.keyColumn}`)
        .andWhere(`${name} MATCH :searchMatch`, { searchMatch: matchExpression(terms) });
  const totalCount = await base.clone().getCount();
  if (totalCount === 0) return { totalCount, rows: [] as { row: T; rank: number }[], bestRank: 0, hasNextPage: false };
  const ranked = () => base.clone().addSelect(rankSql, "search_rank").addSelect(`${name}.key`, "search_key").orderBy("search_rank", "ASC").addOrderBy(options.keyColumn, "ASC");
  const { raw, entities } = await ranked().offset(offset).limit(args.first + 1).getRawAndEntities();
  const rankByKey = new Map<string, number>(raw.map((r: Record<string, unknown>) => [String(r.search_key), Number(r.search_rank)]));
  let bestRank = offset === 0 && raw.length > 0 ? Number((raw[0] as Record<string, unknown>).search_rank) : 0;
  if (offset > 0) {
    const best = await ranked().limit(1).getRawOne<Record<string, unknown>>();
    bestRank = Number(best?.search_rank ?? 0);
  }
  const rows = entities.map((row) => ({ row, rank: rankByKey.get(String(options.keyOf(row))) ?? 0 }));
  return { totalCount, rows: rows.slice(0, args.first), bestRank, hasNextPage: rows.length > args.first };
}

/** The index's vocabulary, as the correction asks it: is a word the start of an indexed word, and which are near it. */
interface Vocabulary {
  isKnownPrefix(word: string): Promise<boolean>;
  nearWords(word: string): Promise<string[]>;
}

/** SQLite: the fts5vocab table, asked per word. */
function sqliteVocabulary(dataSource: DataSource, vocab: string): Vocabulary {
  return {
    isKnownPrefix: (word) => isKnownPrefix(dataSource, vocab, word),
    nearWords: (word) => nearWords(dataSource, vocab, word),
  };
}

/** PostgreSQL: a prefix query on the index, and ts_stat over its vectors for the words near a misspelling. */
function postgresVocabularyOf(dataSource: DataSource, index: SearchIndexSpec): Vocabulary {
  return {
    isKnownPrefix: (word) => postgresIsKnownPrefix(dataSource, index, word),
    nearWords: async (word) => {
      const max = Math.max(allowedDistance(word), 0);
      const length = letters(word);
      return candidatesFrom(await postgresVocabulary(dataSource, index, Math.max(1, length - max), length + max), word);
    },
  };
}

async function isKnownPrefix(dataSource: DataSource, vocab: string, word: string): Promise<boolean> {
  const rows = await dataSource.query(`SELECT 1 FROM "${vocab}" WHERE term >= ? AND term < ? LIMIT 1`, [word, `${word}\u{10FFFF}`]);
  return rows.length > 0;
}

/** Indexed words near `word`, nearest first, then the most used: the candidates for a correction. */
async function nearWords(dataSource: DataSource, vocab: string, word: string): Promise<string[]> {
  const max = allowedDistance(word);
  const length = letters(word);
  const rows: { term: string; doc: number }[] = await dataSource.query(
    `SELECT term, doc FROM "${vocab}" WHERE length(term) BETWEEN ? AND ?`,
    [Math.max(1, length - Math.max(max, 0)), length + Math.max(max, 0)],
  );
  return candidatesFrom(rows, word);
}

function candidatesFrom(rows: readonly { term: string; doc: number }[], word: string): string[] {
  const max = allowedDistance(word);
  const ascii = withoutSwedishLetters(word);
  const candidates: { term: string; doc: number; d: number }[] = [];
  for (const row of rows) {
    if (row.term === word) continue;
    // Typed without a Swedish keyboard ("vaxjo" for "växjö"): as near as one typing error.
    const noSwedishKeyboard = !/[åäö]/.test(word) && withoutSwedishLetters(row.term) === ascii;
    const d = noSwedishKeyboard ? 1 : max > 0 ? distance(word, row.term) : Infinity;
    if (noSwedishKeyboard || d <= max) candidates.push({ term: row.term, doc: row.doc, d });
  }
  return candidates.sort((a, b) => a.d - b.d || b.doc - a.doc || a.term.localeCompare(b.term)).map((c) => c.term);
}

/**
 * Full-text search over one subgraph's index, filtered exactly as its lists are (the caller's
 * query carries `whereLive`), ranked by bm25 with the index's weights. When nothing matches and a
 * word is not the start of any indexed word, it is replaced with the nearest indexed word and the
 * search is run again; the answer then says so in `didYouMean`. A correction is only offered when
 * it finds something this viewer may see, so the vocabulary of hidden content never shows.
 */
export async function runSearch<T extends ObjectLiteral>(options: SearchOptions<T>): Promise<SearchResults> {
  const { terms, offset } = checkSearchArgs(options.args);
  if (terms.length === 0) return emptyResults();
  await ensureSearchIndex(options.dataSource, options.index);
  let used = terms;
  let didYouMean: string | null = null;
  let found = await search(options, terms, offset);
  if (found.totalCount === 0) {
    const vocabulary = isPostgres(options.dataSource)
      ? postgresVocabularyOf(options.dataSource, options.index)
      : sqliteVocabulary(options.dataSource, vocabularyTable(options.index));
    const choices: string[][] = [];
    const unknown: number[] = [];
    for (const [i, term] of terms.entries()) {
      if (/^\p{N}+$/u.test(term) || (await vocabulary.isKnownPrefix(term))) {
        choices.push([term]);
      } else {
        unknown.push(i);
        choices.push((await vocabulary.nearWords(term)).slice(0, 3));
      }
    }
    if (unknown.length > 0 && choices.every((c) => c.length > 0)) {
      // The nearest word for each unknown word; with one unknown word, its next two candidates too.
      const attempts: string[][] = [choices.map((c) => c[0]!)];
      if (unknown.length === 1) {
        const at = unknown[0]!;
        for (const alternative of choices[at]!.slice(1)) attempts.push(choices.map((c, i) => (i === at ? alternative : c[0]!)));
      }
      for (const attempt of attempts) {
        const retry = await search(options, attempt, offset);
        if (retry.totalCount > 0) {
          found = retry;
          used = attempt;
          didYouMean = attempt.join(" ");
          break;
        }
      }
    }
  }
  const hits: SearchHit[] = found.rows.map(({ row, rank }) => {
    const source = options.toHit(row);
    const title = highlighted(source.title.normalize("NFC"), used);
    const titleShare = used.filter((term) => matchRanges(title.text, [term]).length > 0).length / used.length;
    return {
      type: source.type,
      id: source.id,
      title,
      snippet: snippetOf(source.snippetFrom, used),
      path: source.path,
      region: source.region,
      score: relevance(rank, found.bestRank, titleShare),
    };
  });
  const next = offset + hits.length;
  return {
    hits,
    totalCount: found.totalCount,
    pageInfo: { hasNextPage: found.hasNextPage, endCursor: found.hasNextPage ? encodeOffset(next) : null },
    terms: used,
    didYouMean,
  };
}
