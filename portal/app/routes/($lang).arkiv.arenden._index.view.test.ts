import { describe, expect, it } from "vitest";
import { readQueueParams, toQueueView } from "./($lang).arkiv.arenden._index.view";

describe("the archive's queue", () => {
  it("reads the filter and sort from the address, falling back on unknown values", () => {
    expect(readQueueParams(new URLSearchParams("status=SENT&sort=NEWEST_FIRST&assignee=ME")).variables).toEqual({ filter: { status: ["SENT"], assignee: "ME" }, sort: "NEWEST_FIRST", after: null });
    expect(readQueueParams(new URLSearchParams("status=DROP&sort=x&assignee=y")).variables).toEqual({ filter: { status: null, assignee: "ANY" }, sort: "OLDEST_FIRST", after: null });
  });

  it("shows statuses and channels in Swedish and offers the next page", () => {
    const view = toQueueView({ data: { releaseRequestQueue: { totalCount: 30, edges: [{ node: { id: "1", referenceNumber: "ARK-2026-00001", status: "RETRIEVING", receivedOn: "2026-03-02", incomingChannel: "PORTAL", careUnit: "Ortopeden", assigneeName: null } }], pageInfo: { hasNextPage: true, endCursor: "c" } } }, errors: [] });
    expect(view).toEqual({ status: "ok", data: { totalCount: 30, next: "c", rows: [{ id: "1", referenceNumber: "ARK-2026-00001", status: "Journalen hämtas", receivedOn: "2026-03-02", channel: "Vårdportalen", careUnit: "Ortopeden", assignee: "–" }] } });
  });

  it("names statuses and channels in English on an English page", () => {
    const view = toQueueView({ data: { releaseRequestQueue: { totalCount: 1, edges: [{ node: { id: "1", referenceNumber: "ARK-2026-00001", status: "RETRIEVING", receivedOn: "2026-03-02", incomingChannel: "POST", careUnit: "Ortopeden", assigneeName: "Ada" } }], pageInfo: { hasNextPage: false, endCursor: null } } }, errors: [] }, "en");
    expect(view.status === "ok" && view.data.rows[0]).toMatchObject({ status: "Retrieving the record", channel: "Post", careUnit: "Ortopeden", assignee: "Ada" });
    expect(view.status === "ok" && view.data.next).toBeNull();
  });
});
