import { isDeepStrictEqual } from "node:util";
import type { ContentEntity } from "../content/content-entity.js";
import type { ContentStore } from "../content/content-store.js";
import { Audience, ContentStatus } from "../content/enums.js";
import { encodeCursor } from "../content/pagination.js";
import { personaNames, personas, type PersonaName } from "./personas.js";

/**
 * The role matrix: one operation run as every persona, compared with what each should get. The
 * expectations come from the fixture (each item's audience and state) and from decision 004 as
 * written out below, never from the code under test.
 */
export type PerPersona<T> = Record<PersonaName, T>;

const { PUBLIC, RESIDENT, STAFF, ARCHIVE } = Audience;

/**
 * Which audiences each persona reads (docs/decisions/004). Written out again rather than taken from
 * `audiencesFor` in access.ts, so that the matrix checks the code against the decision.
 */
export const audiencesReadBy: PerPersona<readonly Audience[]> = {
  anonymous: [PUBLIC],
  resident: [PUBLIC, RESIDENT],
  staff: [PUBLIC, RESIDENT, STAFF],
  archivist: [PUBLIC, RESIDENT, ARCHIVE],
  editor: [PUBLIC, RESIDENT, STAFF, ARCHIVE],
  admin: [PUBLIC, RESIDENT, STAFF, ARCHIVE],
};

/** Who reads staff-only fields such as a care unit's internal numbers (decision 004). */
export const readsStaffFields: PerPersona<boolean> = {
  anonymous: false,
  resident: false,
  staff: true,
  archivist: true,
  editor: true,
  admin: true,
};

/** Where an item is in its life: only a live item is ever read through the public queries. */
export type ItemState = "live" | "draft" | "scheduled" | "expired";

export interface MatrixItem {
  /** A readable name, shown instead of the id when the matrix fails. */
  key: string;
  id: string;
  audience: Audience;
  state: ItemState;
  /** The value the list is ordered by, for the cursor walk. */
  sortKey?: string;
}

export function perPersona<T>(value: (as: PersonaName) => T): PerPersona<T> {
  return Object.fromEntries(personaNames.map((as) => [as, value(as)])) as PerPersona<T>;
}

export const shouldRead = (as: PersonaName, item: MatrixItem) => item.state === "live" && audiencesReadBy[as].includes(item.audience);

/** Per persona, the ids of the items it should get, in the order given. */
export const expectedIds = (items: readonly MatrixItem[]): PerPersona<string[]> =>
  perPersona((as) => items.filter((item) => shouldRead(as, item)).map((item) => item.id));

/** Per persona, one slot per item: its id where the persona should get it, otherwise null, as `_entities` answers. */
export const expectedSlots = (items: readonly MatrixItem[]): PerPersona<(string | null)[]> =>
  perPersona((as) => items.map((item) => (shouldRead(as, item) ? item.id : null)));

/** SQLite's default text order: by code point, which for these texts is JavaScript's `<`. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const comparePosition = (a: MatrixItem, b: MatrixItem) => compareText(a.sortKey ?? "", b.sortKey ?? "") || compareText(a.id, b.id);

/** The items in list order: by sort key, then id, as keyset pagination orders them. */
export const inListOrder = (items: readonly MatrixItem[]) => [...items].sort(comparePosition);

/** Per persona, the ids a walk through every page should give, in order. */
export const expectedInListOrder = (items: readonly MatrixItem[]) => expectedIds(inListOrder(items));

/** Per persona, the ids that come after `from`'s position, whether or not that persona may read `from` itself. */
export const expectedAfter = (items: readonly MatrixItem[], from: MatrixItem) =>
  expectedIds(inListOrder(items).filter((item) => comparePosition(item, from) > 0));

/** A cursor for an item's position, written the way anyone who guessed its sort key and id could write it. */
export const forgeCursor = (item: Pick<MatrixItem, "id" | "sortKey">) => encodeCursor({ v: item.sortKey ?? null, id: item.id });

const base64url = (text: string) => Buffer.from(text).toString("base64url");

/** Cursors never issued by a subgraph, each of which must be refused with BAD_USER_INPUT. */
export const malformedCursors: Record<string, string> = {
  "not base64 JSON": "garbage",
  "a JSON array": base64url('["Sunderby", "x"]'),
  "no sort value": base64url('{"id":"x"}'),
  "an object as sort value": base64url('{"v":{"a":1},"id":"x"}'),
  "a list as sort value": base64url('{"v":[1,2],"id":"x"}'),
  "a boolean as sort value": base64url('{"v":true,"id":"x"}'),
  "an infinite number as sort value": base64url('{"v":1e999,"id":"x"}'),
  "a number as id": base64url('{"v":"a","id":1}'),
  "a key of its own": base64url('{"v":"a","id":"x","audience":"STAFF"}'),
  "far too long": base64url(JSON.stringify({ v: "a".repeat(3_000), id: "x" })),
};

const DAY_MS = 86_400_000;

/**
 * Writes one item as an editor does, through the store (revision and audit included), and brings it
 * to `state` as seen at `now`: published, left a draft, published to start tomorrow, or published
 * having ended yesterday.
 */
export async function writeItem<T extends ContentEntity>(
  store: ContentStore<T>,
  data: Parameters<ContentStore<T>["create"]>[0],
  state: ItemState,
  now: Date,
): Promise<T> {
  const ctx = { viewer: personas.editor };
  const timing =
    state === "scheduled"
      ? { publishAt: new Date(now.getTime() + DAY_MS) }
      : state === "expired"
        ? { unpublishAt: new Date(now.getTime() - DAY_MS) }
        : {};
  const item = await store.create({ ...data, ...timing } as typeof data, ctx);
  return state === "draft" ? item : store.transition(item.id, item.version, ContentStatus.PUBLISHED, ctx);
}

export interface PageOfIds {
  ids: string[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** Follows endCursor from the first page to the last and returns every id in the order met. */
export async function walkPages(fetchPage: (after: string | null) => Promise<PageOfIds>, maxPages = 200): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < maxPages; pages++) {
    const page = await fetchPage(after);
    ids.push(...page.ids);
    if (!page.hasNextPage) return ids;
    if (!page.endCursor) throw new Error("A page says there is a next page but gives no endCursor.");
    after = page.endCursor;
  }
  throw new Error(`Still more pages after ${maxPages}: the cursor does not move forward.`);
}

/** Runs the operation as each persona, one after the other, and returns what each got. */
export async function runAsEachPersona<T>(operation: (as: PersonaName) => Promise<T>): Promise<PerPersona<T>> {
  const results = {} as PerPersona<T>;
  for (const as of personaNames) results[as] = await operation(as);
  return results;
}

export interface MatrixOptions {
  /** Names to show instead of ids (see `namesOf`). */
  names?: Readonly<Record<string, string>>;
}

/** id → key, so a failing matrix says "staff-only unit" rather than a UUID. */
export const namesOf = (items: readonly MatrixItem[]): Record<string, string> => Object.fromEntries(items.map((item) => [item.id, item.key]));

function show(value: unknown, names: Readonly<Record<string, string>>): string {
  if (value === undefined) return "undefined";
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "string" && Object.hasOwn(names, v) ? `<${names[v]}>` : v));
}

function difference(expected: unknown, actual: unknown, names: Readonly<Record<string, string>>): string {
  const both = `\n      expected ${show(expected, names)}\n      got      ${show(actual, names)}`;
  if (!Array.isArray(expected) || !Array.isArray(actual)) return both;
  const missing = expected.filter((x) => !actual.some((y) => isDeepStrictEqual(x, y)));
  const extra = actual.filter((y) => !expected.some((x) => isDeepStrictEqual(x, y)));
  const parts = [
    ...(missing.length ? [`missing ${show(missing, names)}`] : []),
    ...(extra.length ? [`should not get ${show(extra, names)}`] : []),
  ];
  return `${parts.length ? parts.join("; ") : "the same items, but in another order or number"}${both}`;
}

/** Fails with one line per persona that got something other than expected, naming what is missing and what is extra. */
export function assertPerPersona<T>(what: string, actual: PerPersona<T>, expected: PerPersona<T>, options: MatrixOptions = {}): void {
  const names = options.names ?? {};
  const wrong = personaNames.filter((as) => !isDeepStrictEqual(actual[as], expected[as]));
  if (wrong.length === 0) return;
  const lines = wrong.map((as) => `  ${as}: ${difference(expected[as], actual[as], names)}`);
  throw new Error(`${what}: ${wrong.length} of ${personaNames.length} personas got something else than expected\n${lines.join("\n")}`);
}

/** Runs the operation as every persona and asserts exactly what each gets. */
export async function expectPerPersona<T>(
  what: string,
  operation: (as: PersonaName) => Promise<T>,
  expected: PerPersona<T>,
  options: MatrixOptions = {},
): Promise<void> {
  assertPerPersona(what, await runAsEachPersona(operation), expected, options);
}
