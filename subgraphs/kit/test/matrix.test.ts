import { describe, expect, it } from "vitest";
import { Audience } from "../src/index.js";
import {
  assertPerPersona,
  expectedAfter,
  expectedIds,
  expectedInListOrder,
  expectedSlots,
  namesOf,
  perPersona,
  walkPages,
  type MatrixItem,
} from "../src/testing/index.js";

const items: MatrixItem[] = [
  { key: "public", id: "id-p", audience: Audience.PUBLIC, state: "live", sortKey: "Bodens" },
  { key: "resident", id: "id-r", audience: Audience.RESIDENT, state: "live", sortKey: "Älvsbyns" },
  { key: "staff", id: "id-s", audience: Audience.STAFF, state: "live", sortKey: "Arjeplogs" },
  { key: "archive", id: "id-a", audience: Audience.ARCHIVE, state: "live", sortKey: "Kiruna" },
  { key: "draft", id: "id-d", audience: Audience.PUBLIC, state: "draft", sortKey: "Aaa" },
  { key: "scheduled", id: "id-f", audience: Audience.PUBLIC, state: "scheduled", sortKey: "Bbb" },
  { key: "expired", id: "id-e", audience: Audience.PUBLIC, state: "expired", sortKey: "Ccc" },
];

describe("expectations from a fixture", () => {
  it("give each persona the live items in the audiences decision 004 lets it read", () => {
    expect(expectedIds(items)).toEqual({
      anonymous: ["id-p"],
      resident: ["id-p", "id-r"],
      staff: ["id-p", "id-r", "id-s"],
      archivist: ["id-p", "id-r", "id-a"],
      editor: ["id-p", "id-r", "id-s", "id-a"],
      admin: ["id-p", "id-r", "id-s", "id-a"],
    });
  });

  it("keep one slot per item for entity references", () => {
    expect(expectedSlots(items).resident).toEqual(["id-p", "id-r", null, null, null, null, null]);
  });

  it("order a list as SQLite does, where Ä comes after Z", () => {
    expect(expectedInListOrder(items).editor).toEqual(["id-s", "id-p", "id-a", "id-r"]);
  });

  it("after a hidden item's position, list what follows it and not the item", () => {
    const staff = items[2]!;
    expect(expectedAfter(items, staff)).toMatchObject({ resident: ["id-p", "id-r"], staff: ["id-p", "id-r"], editor: ["id-p", "id-a", "id-r"] });
  });
});

describe("a failing matrix", () => {
  it("names each persona that got something else, with what is missing and what should not be there, by fixture name", () => {
    const expected = expectedIds(items);
    const actual = { ...expected, resident: ["id-p", "id-s"], archivist: [...expected.archivist].reverse() };
    let message = "";
    try {
      assertPerPersona("careUnits list", actual, expected, { names: namesOf(items) });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("careUnits list: 2 of 6 personas got something else than expected");
    expect(message).toContain('resident: missing ["<resident>"]; should not get ["<staff>"]');
    expect(message).toContain("archivist: the same items, but in another order or number");
    expect(message).not.toMatch(/\n {2}staff:/);
  });

  it("passes silently when every persona got exactly what was expected", () => {
    expect(() => assertPerPersona("same", perPersona(() => [1, 2]), perPersona(() => [1, 2]))).not.toThrow();
  });
});

describe("walking pages", () => {
  it("follows endCursor to the last page", async () => {
    const pages: Record<string, { ids: string[]; hasNextPage: boolean; endCursor: string | null }> = {
      start: { ids: ["a"], hasNextPage: true, endCursor: "1" },
      "1": { ids: ["b"], hasNextPage: true, endCursor: "2" },
      "2": { ids: ["c"], hasNextPage: false, endCursor: "3" },
    };
    expect(await walkPages(async (after) => pages[after ?? "start"]!)).toEqual(["a", "b", "c"]);
  });

  it("stops a walk whose cursor never moves on", async () => {
    await expect(walkPages(async () => ({ ids: ["a"], hasNextPage: true, endCursor: "same" }), 5)).rejects.toThrow(/after 5/);
  });
});
