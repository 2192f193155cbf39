import { describe, expect, it } from "vitest";
import { contentTypes, rootFields } from "./content-types";
import { auditDocuments, operationName, operations, typeDocuments } from "./operations.graphql";

describe("the admin's GraphQL documents", () => {
  it("every document has one named operation, and the names are unique", () => {
    const names = Object.keys(operations);
    expect(new Set(names).size).toBe(names.length);
    for (const [name, doc] of Object.entries(operations)) {
      expect(operationName(doc)).toBe(name);
      expect(doc.match(/^\s*(query|mutation)\s/gm)).toHaveLength(1);
    }
  });

  it("uses the root-field names decision 019 spells, with a subgraph's renames", () => {
    const fees = contentTypes.find((t) => t.key === "FeeSchedule")!;
    expect(rootFields(fees).create).toBe("createFeeScheduleDraft");
    expect(typeDocuments.FeeSchedule!.create).toContain("createFeeScheduleDraft(values: $values");
    expect(typeDocuments.FeeSchedule!.importCsv).toContain("importFeeItemsCsv(");
    expect(typeDocuments.Guideline!.previewLink).toContain("guidelinePreviewLink(id: $id)");
    expect(typeDocuments.EService!.list).toContain("editorialEServices(");
  });

  it("sends the CSV import only for types that have one, and one audit query per area", () => {
    expect(Object.keys(operations).filter((n) => n.startsWith("Import"))).toEqual(["ImportCareUnitsCsv", "ImportFeeItemsCsv"]);
    expect(Object.keys(auditDocuments)).toEqual(["guidelines", "eServices", "archive", "careUnits", "fees"]);
  });

  it("builds no document from input: every variable is declared, nothing is interpolated later", () => {
    for (const doc of Object.values(operations)) expect(doc).not.toMatch(/\$\{/);
  });
});
