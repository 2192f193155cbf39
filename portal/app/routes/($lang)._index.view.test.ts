import { describe, expect, it } from "vitest";
import type { GatewayResult } from "~/utils/gateway.server";
import { toPortalHomeView } from "./($lang)._index.view";

const careUnits = {
  totalCount: 42,
  edges: [
    {
      node: {
        id: "cu-1",
        hsaId: "SE2321000230-A1",
        name: "Hälsocentralen Kalix",
        kind: "HEALTH_CENTRE",
        municipality: "Kalix",
        address: "Storgatan 1, Kalix",
        phone: "0923-123 45",
      },
    },
    {
      node: { id: "cu-2", hsaId: "SE2321000230-A2", name: "Akuten Sunderby", kind: "EMERGENCY_DEPARTMENT", municipality: null, address: null, phone: null },
    },
  ],
};

const currentFeeSchedule = {
  id: "fs-1",
  title: { sv: "Patientavgifter 2025", en: "Patient fees 2025" },
  validFrom: "2025-01-01",
  validTo: null,
  freeUnderAge: 20,
  highCostLimitSek: 1450,
  items: [
    { visitKind: "HEALTH_CENTRE_VISIT", label: { sv: "Besök på hälsocentral", en: null }, amountSek: 300 },
    { visitKind: "MISSED_VISIT", label: { sv: "Uteblivet besök", en: null }, amountSek: 400 },
    { visitKind: "DIGITAL_CHAT", label: { sv: "Chatt i Digitalen", en: null }, amountSek: 0 },
  ],
};

const eServices = {
  edges: [
    {
      node: {
        id: "es-1",
        slug: "digitalen",
        name: { sv: "Digitalen", en: null },
        summary: { sv: "Chatta med vården.", en: null },
        channel: "CHAT",
      },
    },
  ],
};

const everything: GatewayResult = { data: { careUnits, currentFeeSchedule, eServices }, errors: [] };
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("toPortalHomeView", () => {
  it("shows every section the gateway answered", () => {
    const view = toPortalHomeView(everything);
    expect(view.careUnits).toEqual({
      status: "ok",
      data: {
        totalCount: 42,
        units: [
          {
            id: "cu-1",
            hsaId: "SE2321000230-A1",
            name: "Hälsocentralen Kalix",
            kindLabel: "Vårdcentral",
            municipality: "Kalix",
            address: "Storgatan 1, Kalix",
            phone: { text: "0923-123 45", href: "tel:092312345" },
          },
          { id: "cu-2", hsaId: "SE2321000230-A2", name: "Akuten Sunderby", kindLabel: "Akutmottagning", municipality: null, address: null, phone: null },
        ],
      },
    });
    expect(view.eServices).toEqual({
      status: "ok",
      data: [{ id: "es-1", name: { text: "Digitalen", lang: "sv", fallback: false }, summary: { text: "Chatta med vården.", lang: "sv", fallback: false }, channelLabel: "Chatt" }],
    });
  });

  it("prices the fee schedule in kronor and calls a free visit free", () => {
    const { feeSchedule } = toPortalHomeView(everything);
    if (feeSchedule.status !== "ok" || !feeSchedule.data) throw new Error("expected a fee schedule");
    expect(feeSchedule.data.title).toEqual({ text: "Patientavgifter 2025", lang: "sv", fallback: false });
    expect(feeSchedule.data.validity).toBe("Gäller från 1 januari 2025");
    expect(feeSchedule.data.freeUnderAge).toBe(20);
    expect(plain(feeSchedule.data.highCostLimit ?? "")).toBe("1 450 kr");
    expect(feeSchedule.data.items.map((item) => [typeof item.label === "string" ? item.label : item.label.text, item.amount])).toEqual([
      ["Besök på hälsocentral", "300 kr"],
      ["Uteblivet besök", "400 kr"],
      ["Chatt i Digitalen", "Avgiftsfritt"],
    ]);
  });

  it("marks only the section whose subgraph is down as unavailable", () => {
    const view = toPortalHomeView({
      data: { careUnits: null, currentFeeSchedule, eServices },
      errors: [{ message: "Subgraph care-units is unavailable", path: ["careUnits"] }],
    });
    expect(view.careUnits).toEqual({ status: "unavailable" });
    expect(view.feeSchedule.status).toBe("ok");
    expect(view.eServices.status).toBe("ok");
  });

  it("marks the fee section unavailable when the fees subgraph is down, not empty", () => {
    const view = toPortalHomeView({
      data: { careUnits, currentFeeSchedule: null, eServices },
      errors: [{ message: "down", path: ["currentFeeSchedule"] }],
    });
    expect(view.feeSchedule).toEqual({ status: "unavailable" });
  });

  it("marks every section unavailable when the gateway cannot be reached", () => {
    const view = toPortalHomeView({
      data: null,
      errors: [{ message: "The gateway could not be reached.", extensions: { code: "GATEWAY_UNAVAILABLE" } }],
    });
    expect(view).toEqual({
      staffGuidelines: null,
      careUnits: { status: "unavailable" },
      feeSchedule: { status: "unavailable" },
      eServices: { status: "unavailable" },
    });
  });

  it("shows empty lists and a missing fee schedule as empty, not as failures", () => {
    const view = toPortalHomeView({
      data: { careUnits: { totalCount: 0, edges: [] }, currentFeeSchedule: null, eServices: { edges: [] } },
      errors: [],
    });
    expect(view).toEqual({
      staffGuidelines: null,
      careUnits: { status: "ok", data: { totalCount: 0, units: [] } },
      feeSchedule: { status: "ok", data: null },
      eServices: { status: "ok", data: [] },
    });
  });

  it("leaves out a list entry the gateway had to null and keeps the rest", () => {
    const view = toPortalHomeView({
      data: { careUnits: { totalCount: 2, edges: [careUnits.edges[0], { node: null }] }, currentFeeSchedule, eServices },
      errors: [{ message: "bad row", path: ["careUnits", "edges", 1, "node", "kind"] }],
    });
    expect(view.careUnits.status === "ok" && view.careUnits.data.units.map((unit) => unit.id)).toEqual(["cu-1"]);
  });

  it("treats a section with an unexpected shape as unavailable", () => {
    const view = toPortalHomeView({ data: { careUnits: { total: 3 }, currentFeeSchedule, eServices }, errors: [] });
    expect(view.careUnits).toEqual({ status: "unavailable" });
  });

  it("gives care staff their guidelines part, and everyone else none", () => {
    const data = {
      staffGuidelines: { totalCount: 9, edges: [{ node: { id: "g1", title: { sv: "Spärr av journal", en: null } } }] },
      careUnits,
      currentFeeSchedule,
      eServices,
    };
    expect(toPortalHomeView({ data, errors: [] }, { staff: true }).staffGuidelines).toEqual({
      status: "ok",
      data: { totalCount: 9, titles: [{ id: "g1", title: { text: "Spärr av journal", lang: "sv", fallback: false } }] },
    });
    expect(toPortalHomeView({ data, errors: [] }).staffGuidelines).toBeNull();
  });

  it("marks the staff part unavailable when the guidelines subgraph is down", () => {
    const view = toPortalHomeView(
      { data: { staffGuidelines: null, careUnits, currentFeeSchedule, eServices }, errors: [{ message: "down", path: ["staffGuidelines"] }] },
      { staff: true },
    );
    expect(view.staffGuidelines).toEqual({ status: "unavailable" });
    expect(view.careUnits.status).toBe("ok");
  });

  it("speaks English on an English page: kinds, prices and dates", () => {
    const view = toPortalHomeView(everything, { lang: "en" });
    expect(view.careUnits.status === "ok" && view.careUnits.data.units.map((u) => [u.name, u.kindLabel])).toEqual([
      ["Hälsocentralen Kalix", "Health centre"],
      ["Akuten Sunderby", "Emergency department"],
    ]);
    const { feeSchedule } = view;
    if (feeSchedule.status !== "ok" || !feeSchedule.data) throw new Error("expected a fee schedule");
    expect(feeSchedule.data.title).toEqual({ text: "Patient fees 2025", lang: "en", fallback: false });
    expect(feeSchedule.data.items[0]?.label).toEqual({ text: "Besök på hälsocentral", lang: "sv", fallback: true });
    expect(feeSchedule.data.validity).toBe("Valid from 1 January 2025");
    expect(plain(feeSchedule.data.highCostLimit ?? "")).toBe("SEK 1,450");
    expect(feeSchedule.data.items.map((item) => item.amount)).toEqual(["SEK 300", "SEK 400", "Free of charge"]);
    expect(view.eServices.status === "ok" && view.eServices.data[0]?.channelLabel).toBe("Chat");
  });

  it("marks content that has no English as a Swedish fallback, and shows English where written", () => {
    const data = {
      staffGuidelines: {
        totalCount: 2,
        edges: [
          { node: { id: "g1", title: { sv: "Spärr av journal", en: null } } },
          { node: { id: "g2", title: { sv: "Sekretess", en: "Confidentiality" } } },
        ],
      },
      careUnits,
      currentFeeSchedule,
      eServices,
    };
    const view = toPortalHomeView({ data, errors: [] }, { staff: true, lang: "en" });
    expect(view.staffGuidelines).toEqual({
      status: "ok",
      data: {
        totalCount: 2,
        titles: [
          { id: "g1", title: { text: "Spärr av journal", lang: "sv", fallback: true } },
          { id: "g2", title: { text: "Confidentiality", lang: "en", fallback: false } },
        ],
      },
    });
    expect(view.eServices).toEqual({
      status: "ok",
      data: [{ id: "es-1", name: { text: "Digitalen", lang: "sv", fallback: true }, summary: { text: "Chatta med vården.", lang: "sv", fallback: true }, channelLabel: "Chat" }],
    });
  });
});
