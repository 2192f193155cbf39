import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectData, startTestSubgraph, type TestSubgraph } from "@vardportal/kit/testing";
import { definition } from "../src/index.js";
import { PUBLIC_SLUGS } from "./helpers.js";

const ALL = `{
  archiveHoldings(first: 100) {
    totalCount
    edges { node { slug title { sv en } description { sv en } kind held whereToAsk { sv en } region audience extentMeters } }
  }
}`;

interface Holding {
  slug: string;
  title: { sv: string; en: string | null };
  description: { sv: string; en: string | null };
  kind: string;
  held: boolean;
  whereToAsk: { sv: string; en: string | null } | null;
  region: string;
  audience: string;
  extentMeters: number | null;
}

let t: TestSubgraph;
let holdings: Holding[];
const bySlug = (slug: string): Holding => {
  const found = holdings.find((h) => h.slug === slug);
  if (!found) throw new Error(`no holding ${slug}`);
  return found;
};

beforeAll(async () => {
  t = await startTestSubgraph(definition, { seed: true });
  holdings = expectData(await t.query<{ archiveHoldings: { edges: { node: Holding }[] } }>(ALL)).archiveHoldings.edges.map((e) => e.node);
});
afterAll(async () => {
  await t.close();
});

describe("the seeded holdings, as an anonymous visitor reads them", () => {
  it("are Norrbotten's twelve public holdings, ordered by Swedish title", () => {
    expect(holdings.map((h) => h.slug)).toEqual(PUBLIC_SLUGS);
    for (const h of holdings) expect([h.region, h.audience]).toEqual(["Norrbotten", "PUBLIC"]);
  });

  it("list what the archive keeps: six kinds of records and the page about the archive", () => {
    const kept = holdings.filter((h) => h.held);
    expect(kept.map((h) => h.kind).sort()).toEqual([
      "CHILD_HEALTH_RECORDS",
      "EDUCATION_RECORDS",
      "INSTITUTION_RECORDS",
      "OTHER",
      "PATIENT_RECORDS",
      "PRIVATE_PROVIDER_RECORDS",
      "REGISTERED_DOCUMENTS",
    ]);
    for (const h of kept) expect(h.whereToAsk).toBeNull();
    expect(bySlug("nedlagda-privata-vardgivare").description.sv).toMatch(/Sensia.*LKAB-hälsan/);
    expect(bySlug("aldre-patientjournaler").description.sv).toContain("tidigare Norrbottens läns landsting");
  });

  it("list what it does not keep, each with where to ask instead", () => {
    const notKept = holdings.filter((h) => !h.held);
    expect(notKept.map((h) => h.slug).sort()).toEqual(["andra-regioner", "de-flesta-privata-vardgivare", "journaler-som-skrivs-nu", "kommunala-skolor", "skannade-journaler"]);
    for (const h of notKept) {
      expect(h.whereToAsk?.sv).toBeTruthy();
      expect(h.whereToAsk?.en).toBeTruthy();
    }
    expect(bySlug("journaler-som-skrivs-nu").whereToAsk?.sv).toContain("0920-28 40 00");
    expect(bySlug("skannade-journaler").whereToAsk?.sv).toContain("1177.se");
  });

  it("say how big the archive is, who works there and that scans reach care staff within 24 hours", () => {
    const about = bySlug("om-regionarkivet").description.sv;
    expect(about).toContain("drygt 10 kilometer hyllor");
    expect(about).toContain("en arkivarie och fem arkivassistenter");
    expect(about).toContain("inom 24 timmar");
    expect(about).toContain("2 000–3 000 sidor om dagen");
    expect(about).toContain("omkring 1 000 patienter");
  });

  it("measure no public holding in shelf metres: the sources give no such figures", () => {
    for (const h of holdings) expect(h.extentMeters).toBeNull();
  });
});
