import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContentStore } from "../src/index.js";
import {
  errorCodeAt,
  expectData,
  expectPerPersona,
  expectUnauthenticated,
  perPersona,
  readsStaffFields,
  startTestSubgraph,
  writeItem,
  type TestSubgraph,
} from "../src/testing/index.js";
import { Note, noteSubgraph } from "./fixture/note.js";

let t: TestSubgraph;
let noteId: string;
beforeAll(async () => {
  t = await startTestSubgraph(noteSubgraph);
  const note = await writeItem(new ContentStore(t.subgraph.dataSource, Note, "Note"), { title: { sv: "Anslagstavla", en: null }, region: "Norrbotten" }, "live", t.clock());
  noteId = note.id;
});
afterAll(async () => {
  await t.close();
});

const GUARDED = `query($id: ID!) { note(id: $id) { id title { sv } internalRemark } }`;
const LIST = `{ notes(first: 5) { totalCount edges { node { id internalRemark } } } }`;

describe("a field guarded by role", () => {
  it("is null with FORBIDDEN on its path for everyone without the role, anonymous included, and the rest is intact", async () => {
    await expectPerPersona(
      "note.internalRemark",
      async (as) => {
        const result = await t.query<{ note: { id: string; title: { sv: string }; internalRemark: string | null } }>(GUARDED, { as, variables: { id: noteId } });
        return { note: result.data?.note, code: errorCodeAt(result, ["note", "internalRemark"]), errors: result.errors?.length ?? 0 };
      },
      perPersona((as) => ({
        note: { id: noteId, title: { sv: "Anslagstavla" }, internalRemark: readsStaffFields[as] ? "Ring bakvägen." : null },
        code: readsStaffFields[as] ? null : "FORBIDDEN",
        errors: readsStaffFields[as] ? 0 : 1,
      })),
    );
  });

  it("in a list, gives one FORBIDDEN per item and leaves the list itself whole", async () => {
    for (const as of ["anonymous", "resident"] as const) {
      const result = await t.query<{ notes: { totalCount: number; edges: { node: { id: string; internalRemark: string | null } }[] } }>(LIST, { as });
      expect(result.data?.notes).toEqual({ totalCount: 1, edges: [{ node: { id: noteId, internalRemark: null } }] });
      expect(result.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[["notes", "edges", 0, "node", "internalRemark"], "FORBIDDEN"]]);
    }
  });
});

describe("an operation that needs a login but no particular role", () => {
  it("gives an anonymous visitor UNAUTHENTICATED", async () => {
    expectUnauthenticated(await t.query(`{ myNoteCount }`), ["myNoteCount"]);
  });

  it("is answered for every logged-in role", async () => {
    for (const as of ["resident", "staff", "archivist", "editor", "admin"] as const) {
      expect(expectData(await t.query<{ myNoteCount: number }>(`{ myNoteCount }`, { as })).myNoteCount).toBe(0);
    }
  });
});

describe("an error nobody coded", () => {
  it("leaves as a plain apology with INTERNAL_SERVER_ERROR, never with its own message", async () => {
    const result = await t.query(`{ brokenNote { id } }`, { as: "admin" });
    expect(result.errors).toEqual([
      {
        message: "Something went wrong. The error has been logged.",
        path: ["brokenNote"],
        locations: [{ line: 1, column: 3 }],
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      },
    ]);
    expect(JSON.stringify(result)).not.toContain("secretColumn");
  });
});
