import { describe, expect, it } from "vitest";
import { FieldDescriptorList } from "./descriptor";
import { applyRowIntent, conflictRows, labelFor, parseIntent, summaryEntries, targetFor, valuesDiffer } from "./edit-view";

const fields = FieldDescriptorList.parse([
  { name: "audience", kind: "ENUM", label: { sv: "Målgrupp" }, required: true, options: [{ value: "STAFF", label: { sv: "Vårdpersonal" } }, { value: "PUBLIC", label: { sv: "Alla (publik)" } }] },
  { name: "title", kind: "LOCALIZED_TEXT", label: { sv: "Titel" }, required: true },
  { name: "beds", kind: "DECIMAL", label: { sv: "Avgift" } },
  { name: "hours", kind: "LIST", label: { sv: "Öppettider" }, itemFields: [{ name: "opens", kind: "TIME", label: { sv: "Öppnar" } }] },
]);

describe("the edit form's buttons", () => {
  it("reads each intent, and nothing else", () => {
    expect(parseIntent("publish")).toEqual({ kind: "publish" });
    expect(parseIntent("preview:body.sv")).toEqual({ kind: "preview", path: "body.sv" });
    expect(parseIntent("remove-row:hours.2")).toEqual({ kind: "remove-row", path: "hours.2" });
    expect(parseIntent("confirm-public:schedule")).toEqual({ kind: "confirm-public", then: "schedule" });
    for (const bad of ["drop", "preview:", "preview:../x", "confirm-public:archive-confirmed", null, 3]) expect(parseIntent(bad)).toBeNull();
  });

  it("adds a blank row to the list asked for, and removes a row renumbering the rest", () => {
    const state = { "hours.0.opens": "08:00", "hours.1.opens": "09:00" };
    expect(applyRowIntent(fields, state, { kind: "add-row", path: "hours" })).toEqual({ state, extraRows: { hours: 2 } });
    expect(applyRowIntent(fields, state, { kind: "remove-row", path: "hours.0" })).toEqual({ state: { "hours.0.opens": "09:00" }, extraRows: {} });
  });
});

describe("field messages", () => {
  it("names the field as the editor sees it", () => {
    expect(labelFor(fields, "title.en")).toBe("Titel (engelska)");
    expect(labelFor(fields, "hours.2.opens")).toBe("Öppettider, rad 3: Öppnar");
    expect(labelFor(fields, "nonsense")).toBe("nonsense");
  });

  it("links each message to its input (a localized field's Swedish input when the message is about the whole field)", () => {
    expect(targetFor(fields, "title")).toBe("falt-title-sv");
    expect(targetFor(fields, "title.en")).toBe("falt-title-en");
    expect(targetFor(fields, "hours.2.opens")).toBe("falt-hours-2-opens");
    expect(targetFor(fields, "unknown")).toBeNull();
  });

  it("lists the messages in form order, with the field's name", () => {
    const entries = summaryEntries(fields, { "hours.10.opens": ["Fel tid."], "hours.2.opens": ["Fel tid."], "title.sv": ["Ange en svensk titel."], publishAt: ["Ange när."] }, { publishAt: "Publiceras" });
    expect(entries.map((e) => e.message)).toEqual([
      "Titel (svenska): Ange en svensk titel.",
      "Öppettider, rad 3: Öppnar: Fel tid.",
      "Öppettider, rad 11: Öppnar: Fel tid.",
      "Publiceras: Ange när.",
    ]);
    expect(entries[3]?.target).toBe("falt-publishAt");
  });
});

describe("conflicts and changes", () => {
  const theirs = { audience: "STAFF", title: { sv: "Deras titel", en: null }, beds: 12.5, hours: [{ opens: "08:00" }] };

  it("shows only the fields that differ, as readable text on both sides", () => {
    const mine = { audience: "PUBLIC", title: { sv: "Min titel", en: null }, beds: 12.5, hours: [{ opens: "08:00" }] };
    expect(conflictRows(fields, mine, theirs)).toEqual([
      { field: "audience", label: "Målgrupp", mine: "Alla (publik)", theirs: "Vårdpersonal" },
      { field: "title", label: "Titel", mine: "Svenska: Min titel\nEngelska: (tomt)", theirs: "Svenska: Deras titel\nEngelska: (tomt)" },
    ]);
  });

  it("sees no change when the form holds what is stored", () => {
    expect(valuesDiffer(fields, { ...theirs }, theirs)).toBe(false);
    expect(valuesDiffer(fields, { ...theirs, beds: 13 }, theirs)).toBe(true);
  });
});
