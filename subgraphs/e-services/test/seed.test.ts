import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectData, startTestSubgraph, type TestSubgraph } from "@vardportal/kit/testing";
import { definition } from "../src/index.js";

const ALL = `{
  eServices(first: 100) {
    totalCount
    edges { node { slug name { sv en } channel provider minAge maxAge requiresEid eidMethods region audience
      eligibility { sv } availability { sv } openingHours { sv } webUrl } }
  }
}`;

interface Service {
  slug: string;
  name: { sv: string; en: string | null };
  channel: string;
  provider: string | null;
  minAge: number | null;
  maxAge: number | null;
  requiresEid: boolean;
  eidMethods: string[];
  region: string;
  audience: string;
  eligibility: { sv: string } | null;
  availability: { sv: string } | null;
  openingHours: { sv: string } | null;
  webUrl: string | null;
}

let t: TestSubgraph;
let services: Map<string, Service>;
beforeAll(async () => {
  t = await startTestSubgraph(definition, { seed: true });
  const data = expectData(await t.query<{ eServices: { totalCount: number; edges: { node: Service }[] } }>(ALL));
  services = new Map(data.eServices.edges.map((e) => [e.node.slug, e.node]));
});
afterAll(async () => {
  await t.close();
});

const service = (slug: string): Service => {
  const found = services.get(slug);
  if (!found) throw new Error(`no e-service ${slug}`);
  return found;
};

describe("the seeded catalogue, as an anonymous visitor reads it", () => {
  it("holds Norrbotten's six e-services, public, ordered by Swedish name", () => {
    expect([...services.keys()]).toEqual(["1177-e-tjanster", "digitalen", "folktandvardens-chatt", "sms-livraddare", "ung-i-norr", "vard-i-norr"]);
    for (const s of services.values()) expect([s.region, s.audience]).toEqual(["Norrbotten", "PUBLIC"]);
  });

  it("1177's e-services need an e-ID, let guardians act for children under 13 and are at every health centre", () => {
    const s = service("1177-e-tjanster");
    expect([s.channel, s.provider, s.requiresEid]).toEqual(["WEB", "1177", true]);
    expect(s.eligibility?.sv).toContain("tills barnet fyller 13 år");
    expect(s.availability?.sv).toContain("Alla hälsocentraler och de flesta specialistmottagningar");
  });

  it("Digitalen is a chat for children from 6 months to 18 years, with its five log-in methods and its hours", () => {
    const s = service("digitalen");
    expect([s.channel, s.provider, s.requiresEid, s.minAge, s.maxAge]).toEqual(["CHAT", "Region Norrbotten", true, null, null]);
    expect(s.eidMethods).toEqual(["Mobilt BankID", "BankID på fil", "Foreign eID", "Freja eID Plus", "Telia e-legitimation"]);
    expect(s.eligibility?.sv).toContain("från 6 månader till 18 år");
    expect(s.openingHours?.sv).toContain("vardagar 08.00–18.00 och helger 09.00–15.00");
  });

  it("Folktandvården's chat is a Luleå-only trial open Monday to Thursday 07.30–15.00 and Friday 07.30–14.00", () => {
    const s = service("folktandvardens-chatt");
    expect([s.channel, s.requiresEid]).toEqual(["CHAT", true]);
    expect(s.availability?.sv).toContain("endast Folktandvården i Luleå");
    expect(s.openingHours?.sv).toBe("Måndag–torsdag 07.30–15.00, fredag 07.30–14.00.");
    expect(s.eligibility?.sv).toContain("upp till 18 år");
  });

  it("Ung i Norr is for ages 13 to 25 with BankID or Freja eID, everywhere except Luleå and Boden", () => {
    const s = service("ung-i-norr");
    expect([s.channel, s.minAge, s.maxAge, s.requiresEid, s.eidMethods]).toEqual(["VIDEO", 13, 25, true, ["BankID", "Freja eID"]]);
    expect(s.availability?.sv).toContain("utom Luleå och Boden");
  });

  it("Vård i Norr takes BankID and, on a computer, Chrome or Firefox", () => {
    const s = service("vard-i-norr");
    expect([s.channel, s.requiresEid, s.eidMethods]).toEqual(["VIDEO", true, ["BankID"]]);
    expect(s.eligibility?.sv).toContain("Chrome eller Firefox");
  });

  it("SMS-livräddare has been connected since 20 June 2022", async () => {
    const data = expectData(await t.query<{ eService: { summary: { sv: string }; channel: string } }>(`{ eService(slug: "sms-livraddare") { summary { sv } channel } }`));
    expect(data.eService.channel).toBe("SMS");
    expect(data.eService.summary.sv).toContain("20 juni 2022");
  });

  it("a service without opening hours says null rather than an empty text", () => {
    expect(service("ung-i-norr").openingHours).toBeNull();
    expect(service("sms-livraddare").eligibility).toBeNull();
  });
});
