import { describe, expect, it } from "vitest";
import { FieldDescriptorList } from "./descriptor";
import { compactState, inputId, missingEnglish, readFormState, stateToValues, valuesToState } from "./form-values";

const fields = FieldDescriptorList.parse([
  { name: "title", kind: "LOCALIZED_TEXT", label: { sv: "Rubrik", en: "Title" }, required: true },
  { name: "body", kind: "LOCALIZED_MARKDOWN", label: "Text" },
  { name: "owner", kind: "TEXT", label: "Ansvarig" },
  { name: "beds", kind: "INTEGER", label: "Vårdplatser" },
  { name: "fee", kind: "DECIMAL", label: "Avgift" },
  { name: "dropIn", kind: "BOOLEAN", label: "Drop-in" },
  { name: "reviewAt", kind: "DATETIME", label: "Granskas" },
  { name: "tags", kind: "MULTI_ENUM", label: "Taggar", options: [{ value: "A", label: "A" }, "B"] },
  {
    name: "hours",
    kind: "LIST",
    label: "Öppettider",
    itemFields: [
      { name: "day", kind: "ENUM", label: "Dag", options: ["MON", "TUE"] },
      { name: "opens", kind: "TIME", label: "Öppnar" },
      { name: "note", kind: "LOCALIZED_TEXT", label: "Notering" },
    ],
  },
]);

function form(entries: Array<[string, string]>) {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

describe("descriptors", () => {
  it("normalises labels and options to Swedish text and value/label pairs", () => {
    expect(fields[0]).toMatchObject({ name: "title", label: "Rubrik", required: true, help: null });
    expect(fields[7]?.options).toEqual([{ value: "A", label: "A" }, { value: "B", label: "B" }]);
    expect(fields[8]?.itemFields.map((f) => f.name)).toEqual(["day", "opens", "note"]);
  });

  it("refuses a kind it does not know", () => {
    expect(FieldDescriptorList.safeParse([{ name: "x", kind: "BLOB" }]).success).toBe(false);
  });
});

describe("form state and values", () => {
  it("reads only the value inputs, multi-choices as lists", () => {
    const state = readFormState(form([["intent", "save"], ["v.title.sv", "Hej"], ["v.tags", "A"], ["v.tags", "B"]]));
    expect(state).toEqual({ "title.sv": "Hej", tags: ["A", "B"] });
  });

  it("turns the typed text into typed values", () => {
    const { values, errors } = stateToValues(fields, {
      "title.sv": " Influensavaccin ",
      "title.en": "",
      "body.sv": "# Rubrik\r\n\r\nText",
      "body.en": "",
      owner: "",
      beds: "12",
      fee: "1 200,50",
      dropIn: "true",
      reviewAt: "2026-12-01T08:00",
      tags: ["A"],
      "hours.0.day": "MON",
      "hours.0.opens": "08:00",
      "hours.0.note.sv": "Lunchstängt",
    });
    expect(errors).toEqual({});
    expect(values).toEqual({
      title: { sv: "Influensavaccin", en: null },
      body: { sv: "# Rubrik\n\nText", en: null },
      owner: null,
      beds: 12,
      fee: 1200.5,
      dropIn: true,
      reviewAt: "2026-12-01T07:00:00.000Z",
      tags: ["A"],
      hours: [{ day: "MON", opens: "08:00", note: { sv: "Lunchstängt", en: null } }],
    });
  });

  it("gives a field error, at the input's path, for text that cannot be a value of its kind", () => {
    const { errors } = stateToValues(fields, { beds: "tolv", fee: "12.5.0", reviewAt: "2026-03-29T02:30", "hours.0.opens": "8" });
    expect(Object.keys(errors).sort()).toEqual(["beds", "fee", "hours.0.opens", "reviewAt"]);
  });

  it("round-trips an item's values through the form", () => {
    const values = {
      title: { sv: "Rubrik", en: "Title" },
      body: { sv: "Text", en: null },
      owner: "Ada",
      beds: 3,
      fee: 12.5,
      dropIn: false,
      reviewAt: "2026-07-01T06:00:00.000Z",
      tags: ["A", "B"],
      hours: [
        { day: "MON", opens: "08:00", note: null },
        { day: "TUE", opens: "09:30", note: { sv: "Kväll", en: "Evening" } },
      ],
    };
    const state = valuesToState(fields, values);
    expect(state["fee"]).toBe("12,5");
    expect(state["reviewAt"]).toBe("2026-07-01T08:00");
    expect(state["hours.1.note.en"]).toBe("Evening");
    expect(stateToValues(fields, state)).toEqual({ values, errors: {} });
  });

  it("leaves out blank rows and renumbers, so the API's error paths match the rows shown", () => {
    const state = {
      "hours.0.day": "MON",
      "hours.0.opens": "08:00",
      "hours.3.day": "",
      "hours.3.opens": "",
      "hours.3.note.sv": "",
      "hours.5.day": "TUE",
      "hours.5.opens": "10:00",
      "hours.5.note.sv": "Sen",
    };
    const compact = compactState(fields, state);
    expect(compact).toEqual({
      "hours.0.day": "MON",
      "hours.0.opens": "08:00",
      "hours.1.day": "TUE",
      "hours.1.opens": "10:00",
      "hours.1.note.sv": "Sen",
    });
    expect(compactState(fields, state, "hours.0")).toEqual({ "hours.0.day": "TUE", "hours.0.opens": "10:00", "hours.0.note.sv": "Sen" });
  });

  it("lists the localized fields that have Swedish but no English", () => {
    expect(missingEnglish(fields, { "title.sv": "Rubrik", "title.en": " ", "body.sv": "", "hours.0.note.sv": "x" })).toEqual(["title", "hours.0.note"]);
  });

  it("makes ids safe for fragments and selectors", () => {
    expect(inputId("hours.2.opens")).toBe("falt-hours-2-opens");
  });
});
