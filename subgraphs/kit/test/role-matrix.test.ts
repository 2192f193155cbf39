import { afterAll, beforeAll, describe, it } from "vitest";
import { Audience, ContentStore, localized } from "../src/index.js";
import {
  expectData,
  expectPerPersona,
  expectedAfter,
  expectedIds,
  expectedInListOrder,
  forgeCursor,
  malformedCursors,
  namesOf,
  perPersona,
  startTestSubgraph,
  walkPages,
  writeItem,
  type ItemState,
  type MatrixItem,
  type PersonaName,
  type TestSubgraph,
} from "../src/testing/index.js";
import { Note, noteSubgraph } from "./fixture/note.js";

/** One note per audience and per state that must stay hidden; titles chosen so hidden items sit between visible ones. */
const fixture: { key: string; title: string; audience: Audience; state: ItemState }[] = [
  { key: "public", title: "Bodens anslagstavla", audience: Audience.PUBLIC, state: "live" },
  { key: "resident", title: "Invånarnas anslag", audience: Audience.RESIDENT, state: "live" },
  { key: "staff", title: "Akutens interna anslag", audience: Audience.STAFF, state: "live" },
  { key: "archive", title: "Depåns anslag", audience: Audience.ARCHIVE, state: "live" },
  { key: "draft", title: "Anslag under arbete", audience: Audience.PUBLIC, state: "draft" },
  { key: "scheduled", title: "Cirkulär som kommer", audience: Audience.PUBLIC, state: "scheduled" },
  { key: "expired", title: "Gammalt anslag", audience: Audience.PUBLIC, state: "expired" },
  { key: "staff draft", title: "Hemligt utkast", audience: Audience.STAFF, state: "draft" },
];

const PAGE = `query($first: Int!, $after: String) { notes(first: $first, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
const ONE = `query($id: ID!) { note(id: $id) { id } }`;

interface Page {
  notes: { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

let t: TestSubgraph;
let items: MatrixItem[];
let names: Record<string, string>;
beforeAll(async () => {
  t = await startTestSubgraph(noteSubgraph);
  const store = new ContentStore(t.subgraph.dataSource, Note, "Note");
  items = [];
  for (const f of fixture) {
    const note = await writeItem(store, { title: localized(f.title), region: "Norrbotten", audience: f.audience }, f.state, t.clock());
    items.push({ key: f.key, id: note.id, audience: f.audience, state: f.state, sortKey: f.title });
  }
  names = namesOf(items);
});
afterAll(async () => {
  await t.close();
});

const page = async (as: PersonaName, first: number, after: string | null) => {
  const { notes } = expectData(await t.query<Page>(PAGE, { as, variables: { first, after } }));
  return { ids: notes.edges.map((e) => e.node.id), hasNextPage: notes.pageInfo.hasNextPage, endCursor: notes.pageInfo.endCursor, totalCount: notes.totalCount };
};

describe("the kit's live filter and keyset pagination, as every persona", () => {
  it("list: exactly the live notes in the audiences each reads, and a count to match", async () => {
    await expectPerPersona(
      "notes(first: 100)",
      async (as) => {
        const { ids, totalCount } = await page(as, 100, null);
        return { ids: [...ids].sort(), totalCount };
      },
      perPersona((as) => ({ ids: [...expectedIds(items)[as]].sort(), totalCount: expectedIds(items)[as].length })),
      { names },
    );
  });

  it("lookup by id: every note asked for by its id, hidden ones come back null", async () => {
    await expectPerPersona(
      "note(id) for each fixture note",
      async (as) => {
        const found: string[] = [];
        for (const item of items) {
          const note = expectData(await t.query<{ note: { id: string } | null }>(ONE, { as, variables: { id: item.id } })).note;
          if (note) found.push(note.id);
        }
        return found;
      },
      expectedIds(items),
      { names },
    );
  });

  it("next page by cursor: first: 1 from start to end meets each readable note once, in order", async () => {
    await expectPerPersona("walk with first: 1", (as) => walkPages((after) => page(as, 1, after)), expectedInListOrder(items), { names });
  });

  it("a cursor forged from a hidden note's title and id shows what follows that position, never the note itself", async () => {
    for (const hidden of items.filter((item) => item.audience !== Audience.PUBLIC || item.state !== "live")) {
      await expectPerPersona(
        `notes(after: forged from ${hidden.key})`,
        async (as) => (await page(as, 100, forgeCursor(hidden))).ids,
        expectedAfter(items, hidden),
        { names },
      );
    }
  });

  it("a malformed cursor is refused with BAD_USER_INPUT on the field after, for every persona", async () => {
    await expectPerPersona(
      "notes(after: malformed)",
      async (as) => {
        const codes: Record<string, unknown> = {};
        for (const [what, after] of Object.entries(malformedCursors)) {
          const result = await t.query<Page>(PAGE, { as, variables: { first: 5, after } });
          codes[what] = [result.data?.notes ?? null, result.errors?.map((e) => [e.extensions?.code, e.extensions?.field])];
        }
        return codes;
      },
      perPersona(() => Object.fromEntries(Object.keys(malformedCursors).map((what) => [what, [null, [["BAD_USER_INPUT", "after"]]]]))),
    );
  });
});
