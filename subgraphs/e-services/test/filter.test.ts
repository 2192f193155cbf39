import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Audience, ContentStatus, localized } from "@vardportal/kit";
import { expectData, startTestSubgraph, type TestSubgraph } from "@vardportal/kit/testing";
import { EServiceChannel } from "../src/entities/e-service-channel.js";
import { definition } from "../src/index.js";
import { insertEService, LIST, walk, type ServicePage } from "./helpers.js";

let t: TestSubgraph;
beforeAll(async () => {
  t = await startTestSubgraph(definition, { seed: true });
  // Rows the filter must leave out although they match the channel: not live, or not for this viewer.
  // Their names sort before every seeded chat, so a leak would show on the first page.
  await insertEService(t, "utkast-chatt", { channel: EServiceChannel.CHAT, status: ContentStatus.DRAFT, name: localized("Akutchatt (utkast)") });
  await insertEService(t, "personalchatt", { channel: EServiceChannel.CHAT, audience: Audience.STAFF, name: localized("Akutchatt för personal") });
  await insertEService(t, "skane-chatt", { channel: EServiceChannel.CHAT, region: "Skåne", name: localized("Skånes chatt") });
});
afterAll(async () => {
  await t.close();
});

describe("filtering the catalogue", () => {
  it("by channel returns only that channel, with a total that counts only matching rows", async () => {
    const data = expectData(await t.query<ServicePage>(LIST, { variables: { first: 20, filter: { channel: "VIDEO" } } })).eServices;
    expect(data.edges.map((e) => [e.node.slug, e.node.channel])).toEqual([
      ["ung-i-norr", "VIDEO"],
      ["vard-i-norr", "VIDEO"],
    ]);
    expect(data.totalCount).toBe(2);
  });

  // Filtering after the page was cut would give short or empty pages and a total of every row:
  // a first page of one must already be a chat, and the pages must add up to the matching rows.
  it("by channel is applied before paging: one item per page walks exactly the matching services", async () => {
    const { slugs, pages, totalCount } = await walk(t, 1, { channel: "CHAT" });
    expect(slugs).toEqual(["digitalen", "folktandvardens-chatt", "skane-chatt"]);
    expect(pages).toBe(3);
    expect(totalCount).toBe(3);
  });

  it("by channel and region together narrows to both", async () => {
    const { slugs, totalCount } = await walk(t, 1, { channel: "CHAT", region: "Norrbotten" });
    expect(slugs).toEqual(["digitalen", "folktandvardens-chatt"]);
    expect(totalCount).toBe(2);
  });

  it("by region alone returns that region's services", async () => {
    expect((await walk(t, 5, { region: "Skåne" })).slugs).toEqual(["skane-chatt"]);
    expect((await walk(t, 5, { region: "Kronoberg" })).slugs).toEqual([]);
  });

  it("a channel nobody offers gives an empty page, not an error", async () => {
    const data = expectData(await t.query<ServicePage>(LIST, { variables: { first: 5, filter: { channel: "APP" } } })).eServices;
    expect(data).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it("staff also get the staff-only chat under the channel filter; the draft stays out", async () => {
    const data = expectData(await t.query<ServicePage>(LIST, { as: "staff", variables: { first: 20, filter: { channel: "CHAT" } } })).eServices;
    expect(data.edges.map((e) => e.node.slug)).toEqual(["personalchatt", "digitalen", "folktandvardens-chatt", "skane-chatt"]);
    expect(data.totalCount).toBe(4);
  });
});
