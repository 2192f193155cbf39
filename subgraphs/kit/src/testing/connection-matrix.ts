import { describe, it } from "vitest";
import { Audience } from "../content/enums.js";
import { errorCodeAt, expectData, type GraphqlResult } from "./expect.js";
import type { TestSubgraph } from "./harness.js";
import {
  expectPerPersona,
  expectedAfter,
  expectedIds,
  expectedInListOrder,
  expectedSlots,
  forgeCursor,
  malformedCursors,
  perPersona,
  walkPages,
  type MatrixItem,
  type PageOfIds,
} from "./matrix.js";
import type { PersonaName } from "./personas.js";

export interface ConnectionMatrix<Item extends MatrixItem> {
  /** The subgraph under test (read when the tests run, after beforeAll has started it). */
  subgraph: () => TestSubgraph;
  /** The connection's root field, e.g. "guidelines", and its entity type, e.g. "Guideline". */
  field: string;
  typename: string;
  /**
   * A list operation taking `$first: Int!`, `$after: String` and `$filter`, selecting
   * `totalCount edges { node { id } } pageInfo { hasNextPage endCursor }`.
   */
  listDocument: string;
  /** Filters only hidden items match (so a leak would show): a label, the filter, and which items it matches. */
  filters?: readonly (readonly [label: string, filter: Record<string, unknown>, matches: (item: Item) => boolean])[];
  /** The single lookup, e.g. `query($slug: String!) { guideline(slug: $slug) { id } }`, its root field, and each item's argument. */
  lookup?: { document: string; field: string; variables: (item: Item) => Record<string, unknown> };
  /** The fixture, in any order, each with its sort key (read when the tests run). */
  items: () => readonly Item[];
  names?: () => Readonly<Record<string, string>>;
}

/**
 * The role matrix every Relay connection of content shares, run as every persona and compared with
 * what the fixture's audiences and states say each should get: the list (ids and totalCount), each
 * filter, the single lookup of every item, `_entities` for every item's key (and an unknown one), a
 * walk from the first page to the last one item at a time, a cursor forged from each hidden item's
 * position, and cursors we never issued.
 */
export function describeConnectionMatrix<Item extends MatrixItem>(title: string, matrix: ConnectionMatrix<Item>): void {
  describe(title, () => itChecksConnectionAsEveryPersona(matrix));
}

export function itChecksConnectionAsEveryPersona<Item extends MatrixItem>(matrix: ConnectionMatrix<Item>): void {
  const names = () => ({ names: matrix.names?.() ?? {} });
  const page = async (as: PersonaName, first: number, after: string | null, filter?: Record<string, unknown>): Promise<PageOfIds & { totalCount: number }> => {
    const variables = { first, after, ...(filter ? { filter } : {}) };
    const data = expectData(await matrix.subgraph().query<Record<string, ConnectionPage>>(matrix.listDocument, { as, variables }));
    const connection = data[matrix.field]!;
    return { ids: connection.edges.map((e) => e.node.id), totalCount: connection.totalCount, ...connection.pageInfo };
  };
  const listed = async (as: PersonaName, filter?: Record<string, unknown>) => {
    const { ids, totalCount } = await page(as, 100, null, filter);
    return { ids: [...ids].sort(), totalCount };
  };
  const expectListed = (subset: readonly Item[]) =>
    perPersona((as) => ({ ids: [...expectedIds(subset)[as]].sort(), totalCount: expectedIds(subset)[as].length }));

  it(`list: ${matrix.field} gives exactly the live items in the audiences each reads, and a count to match`, async () => {
    await expectPerPersona(matrix.field, (as) => listed(as), expectListed(matrix.items()), names());
  });

  for (const [label, filter, matches] of matrix.filters ?? []) {
    it(`a filter on ${label} that only hidden items match (${JSON.stringify(filter)})`, async () => {
      await expectPerPersona(`${matrix.field}(filter: ${JSON.stringify(filter)})`, (as) => listed(as, filter), expectListed(matrix.items().filter(matches)), names());
    });
  }

  const lookup = matrix.lookup;
  if (lookup) {
    it(`lookup: ${lookup.field} of every item, hidden ones included, is null where the persona may not read it`, async () => {
      await expectPerPersona(
        lookup.field,
        async (as) => {
          const found: string[] = [];
          for (const item of matrix.items()) {
            const data = expectData(await matrix.subgraph().query<Record<string, { id: string } | null>>(lookup.document, { as, variables: lookup.variables(item) }));
            if (data[lookup.field]) found.push(data[lookup.field]!.id);
          }
          return found;
        },
        expectedIds(matrix.items()),
        names(),
      );
    });
  }

  it(`_entities for every ${matrix.typename}'s key, and an unknown one`, async () => {
    const document = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${matrix.typename} { id } } }`;
    const items = matrix.items();
    const r = [...items.map((item) => ({ __typename: matrix.typename, id: item.id })), { __typename: matrix.typename, id: "no-such-item" }];
    await expectPerPersona(
      `_entities(${matrix.typename})`,
      async (as) => expectData(await matrix.subgraph().query<{ _entities: ({ id: string } | null)[] }>(document, { as, variables: { r } }))._entities.map((e) => e?.id ?? null),
      perPersona((as) => [...expectedSlots(items)[as], null]),
      names(),
    );
  });

  it(`next page by cursor, first: 1, through every page of ${matrix.field}`, async () => {
    await expectPerPersona(`${matrix.field} walked one by one`, (as) => walkPages((after) => page(as, 1, after)), expectedInListOrder(matrix.items()), names());
  });

  it(`a cursor forged from a hidden item's position gives what follows it and nothing of the item`, async () => {
    const items = matrix.items();
    for (const hidden of items.filter((item) => item.audience !== Audience.PUBLIC || item.state !== "live")) {
      await expectPerPersona(`${matrix.field}(after: forged from ${hidden.key})`, async (as) => (await page(as, 100, forgeCursor(hidden))).ids, expectedAfter(items, hidden), names());
    }
  });

  it(`a malformed cursor is BAD_USER_INPUT for everyone`, async () => {
    await expectPerPersona(
      `${matrix.field}(after: malformed)`,
      async (as) => {
        const codes: Record<string, string | null> = {};
        for (const [what, after] of Object.entries(malformedCursors)) {
          const result: GraphqlResult<unknown> = await matrix.subgraph().query(matrix.listDocument, { as, variables: { first: 5, after } });
          codes[what] = errorCodeAt(result, [matrix.field]);
        }
        return codes;
      },
      perPersona(() => Object.fromEntries(Object.keys(malformedCursors).map((what) => [what, "BAD_USER_INPUT"]))),
    );
  });
}

type ConnectionPage = { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
