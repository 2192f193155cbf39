import { describe, expect, it } from "vitest";
import { auditCsv } from "./audit-csv.server";
import { auditCsvFilename, auditFilterVariables, readAuditFilters } from "./audit-view";

const entry = {
  id: "1",
  at: "2026-11-21T13:03:00.000Z",
  actor: "erik",
  actorRoles: ["editor"],
  action: "EDITORIAL_PUBLISH",
  entityType: "Guideline",
  entityId: "g-1",
  changedFields: ["title.sv", "body.sv"],
};

describe("the audit log's filters", () => {
  it("reads the GET form, defaulting to the first area", () => {
    const { filters, errors } = readAuditFilters(new URLSearchParams("vem=erik&handelse=EDITORIAL_PUBLISH&fran=2026-11-01&till=2026-11-21"));
    expect(errors).toEqual({});
    expect(filters).toEqual({ area: "guidelines", actor: "erik", action: "EDITORIAL_PUBLISH", entityType: "", from: "2026-11-01", to: "2026-11-21" });
  });

  it("turns Swedish days into instants, the end day included", () => {
    const { filters } = readAuditFilters(new URLSearchParams("omrade=fees&fran=2026-11-01&till=2026-11-21"));
    expect(filters.area).toBe("fees");
    expect(auditFilterVariables(filters)).toEqual({
      actor: null,
      action: null,
      entityType: null,
      from: "2026-10-31T23:00:00.000Z",
      to: "2026-11-21T23:00:00.000Z",
    });
  });

  it("gives field messages for dates that are not dates, or the wrong way round", () => {
    expect(readAuditFilters(new URLSearchParams("fran=igår")).errors).toEqual({ from: "Ange ett datum som ÅÅÅÅ-MM-DD." });
    expect(readAuditFilters(new URLSearchParams("fran=2026-11-21&till=2026-11-01")).errors).toHaveProperty("to");
    expect(readAuditFilters(new URLSearchParams("handelse=DROP")).errors).toHaveProperty("action");
  });
});

describe("the CSV export", () => {
  it("is UTF-8 with a BOM, semicolons and a header row, for Swedish Excel", () => {
    const csv = auditCsv([entry]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe("Tidpunkt (UTC);Tid (svensk);Vem;Roller;Händelsekod;Händelse;Typ;Id;Ändrade fält");
    expect(lines[1]).toBe("2026-11-21T13:03:00.000Z;21 november 2026 kl. 14:03;erik;editor;EDITORIAL_PUBLISH;Publicerad;Guideline;g-1;title.sv, body.sv");
  });

  it("quotes semicolons and defuses cells a spreadsheet would run as a formula", () => {
    const csv = auditCsv([{ ...entry, entityId: "=HYPERLINK(\"x\")", changedFields: ["a;b"] }]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain(`"a;b"`);
  });

  it("names the file after the area and the Swedish date", () => {
    expect(auditCsvFilename("guidelines", new Date("2026-11-21T23:30:00Z"))).toBe("andringslogg-guidelines-2026-11-22.csv");
  });
});
