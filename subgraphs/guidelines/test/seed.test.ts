import { seedId } from "@vardportal/kit";
import { expectData, type TestSubgraph } from "@vardportal/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIST, publicSlugs, seedCount, startGuidelines, type ListData } from "./helpers.js";

interface Full {
  id: string;
  slug: string;
  region: string;
  audience: string;
  category: string;
  owner: string;
  lastReviewed: string | null;
  reviewDue: string | null;
  title: { sv: string; en: string | null };
  summary: { sv: string; en: string | null };
  body: { sv: string; en: string | null };
}

const ONE = `query($slug: String!) {
  guideline(slug: $slug) {
    id slug region audience category owner lastReviewed reviewDue
    title { sv en } summary { sv en } body { sv en }
  }
}`;

let t: TestSubgraph;
beforeAll(async () => {
  t = await startGuidelines();
});
afterAll(async () => {
  await t.close();
});

async function read(slug: string, as: "anonymous" | "staff" = "staff"): Promise<Full> {
  const { guideline } = expectData(await t.query<{ guideline: Full | null }>(ONE, { as, variables: { slug } }));
  if (!guideline) throw new Error(`no guideline ${slug} for ${as}`);
  return guideline;
}

describe("the seed content", () => {
  it("an anonymous visitor reads the two resident-facing guidelines and nothing else", async () => {
    const data = expectData(await t.query<ListData>(LIST, { variables: { first: 100 } }));
    expect(data.guidelines.totalCount).toBe(2);
    expect(data.guidelines.edges.map((e) => e.node.slug).sort()).toEqual([...publicSlugs].sort());
    expect(data.guidelines.edges.map((e) => [e.node.region, e.node.audience])).toEqual(
      expect.arrayContaining([
        ["Kronoberg", "PUBLIC"],
        ["Skåne", "PUBLIC"],
      ]),
    );
  });

  it("care staff read twelve guidelines, six from Kronoberg and six from Skåne, ten of them staff-only", async () => {
    const data = expectData(await t.query<ListData>(LIST, { as: "staff", variables: { first: 100 } }));
    const nodes = data.guidelines.edges.map((e) => e.node);
    expect(data.guidelines.totalCount).toBe(seedCount);
    expect(nodes.filter((n) => n.region === "Kronoberg")).toHaveLength(6);
    expect(nodes.filter((n) => n.region === "Skåne")).toHaveLength(6);
    expect(nodes.filter((n) => n.audience === "STAFF").map((n) => n.slug)).toHaveLength(10);
    expect(nodes.filter((n) => n.audience === "PUBLIC").map((n) => n.slug).sort()).toEqual([...publicSlugs].sort());
  });

  it("ids are stable across machines", async () => {
    expect((await read("blockera-vardnadshavare-skane")).id).toBe(seedId("guideline", "blockera-vardnadshavare-skane"));
  });

  it("every guideline has an owner marked as sample, review dates a year apart, and Swedish title, summary and body", async () => {
    const data = expectData(await t.query<ListData>(LIST, { as: "staff", variables: { first: 100 } }));
    for (const { node } of data.guidelines.edges) {
      const g = await read(node.slug);
      expect(g.owner).toMatch(/\(exempelägare\)$/);
      expect(g.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(g.reviewDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number(g.reviewDue!.slice(0, 4)) - Number(g.lastReviewed!.slice(0, 4))).toBe(1);
      expect(g.reviewDue!.slice(4)).toBe(g.lastReviewed!.slice(4));
      expect(g.title.sv.length).toBeGreaterThan(10);
      expect(g.title.en).toBeTruthy();
      expect(g.summary.sv.length).toBeGreaterThan(40);
      expect(g.body.sv).toMatch(/^\S/);
    }
  });

  it("the resident-facing guidelines have an English body too", async () => {
    for (const slug of publicSlugs) {
      const g = await read(slug, "anonymous");
      expect(g.body.en).toBeTruthy();
    }
  });

  it("a child's journal: guardians until 13, closed 13–15, the child from 16, no guardian after 16", async () => {
    const g = await read("barns-journal-vid-olika-aldrar-kronoberg");
    expect([g.region, g.category, g.audience]).toEqual(["Kronoberg", "MINORS_ACCESS", "STAFF"]);
    expect(g.body.sv).toContain("## Under 13 år");
    expect(g.body.sv).toContain("Ombudsrollen upphör på barnets 13-årsdag");
    expect(g.body.sv).toContain("## 13–15 år");
    expect(g.body.sv).toContain("tills barnet fyller 16");
    expect(g.body.sv).toContain("## 16 år och äldre");
    expect(g.body.sv).toContain("fullständigt personnummer och en e-legitimation");
    expect(g.body.sv).toContain("inte få tillgång till barnets journal efter 16-årsdagen");
    expect(g.body.sv).toContain("om vårdnadshavaren eller barnet har skyddade personuppgifter kan vårdnadshavaren inte vara ombud");
    expect(g.body.sv).toContain("0470-58 20 20, knappval 2");
  });

  it("a 13–15-year-old is told in plain words what they see and how access can be granted", async () => {
    const g = await read("din-journal-nar-du-ar-13-15-ar", "anonymous");
    expect([g.region, g.category, g.audience]).toEqual(["Kronoberg", "MINORS_ACCESS", "PUBLIC"]);
    expect(g.body.sv).toContain("När du fyller 13 år kan du logga in på 1177");
    expect(g.body.sv).toContain("stängd tills du fyller 16 år");
    expect(g.body.sv).toContain("från just den mottagningen");
    expect(g.body.en).toContain("stays closed until you turn 16");
  });

  it("grants for 13–15 differ: Kronoberg's care staff decide with the family, Skåne's head of unit decides without appeal", async () => {
    const kronoberg = await read("direktatkomst-13-15-ar-kronoberg");
    expect(kronoberg.region).toBe("Kronoberg");
    expect(kronoberg.body.sv).toContain("beslutar i samråd med vårdnadshavaren och barnet");
    expect(kronoberg.body.sv).toContain("beslutar i samråd med barnet");
    expect(kronoberg.body.sv).toContain("en verksamhet eller klinik i taget");
    expect(kronoberg.body.sv).toContain("0470-58 20 20, knappval 2");

    const skane = await read("forlangd-atkomst-for-vardnadshavare-13-15-ar-skane");
    expect([skane.region, skane.category]).toEqual(["Skåne", "MINORS_ACCESS"]);
    expect(skane.body.sv).toContain("barn med komplicerad sjukdom");
    expect(skane.body.sv).toContain("Verksamhetschefen beslutar");
    expect(skane.body.sv).toContain("Beslutet går inte att överklaga");
  });

  it("locking a login closes e-services, not the journal; in Skåne a child's lock also seals the journal, for at most three months", async () => {
    const kronoberg = await read("lasa-inloggning-till-1177-kronoberg");
    expect([kronoberg.region, kronoberg.category]).toEqual(["Kronoberg", "LOCKING_ACCOUNT"]);
    expect(kronoberg.body.sv).toContain("Journalen på 1177 påverkas inte");
    expect(kronoberg.body.sv).toContain("Barnet försvinner från vårdnadshavarens startsida");
    expect(kronoberg.body.sv).toContain("Vårdnadshavaren når ändå barnets journal");
    expect(kronoberg.body.sv).toContain("ring VIS-Supporten, telefon 0470-58 20 20, knappval 2");

    const skane = await read("lasa-inloggning-till-1177-skane");
    expect([skane.region, skane.category]).toEqual(["Skåne", "LOCKING_ACCOUNT"]);
    expect(skane.body.sv).toContain("förseglas också hela barnets journal automatiskt, för båda vårdnadshavarna");
    expect(skane.body.sv).toContain("en namngiven vårdnadshavare");
    expect(skane.body.sv).toContain("högst tre månader");
    expect(skane.body.sv).toContain("låser sedan upp kontot automatiskt, och allt som fanns före låsningen finns kvar");
    expect(skane.body.sv).toContain("Vardagar kl. 08–16: ring Journalservice, telefon 0771-86 66 00.");
    expect(skane.body.sv).toContain("Övrig tid: ring Sus akutmottagning i Lund, telefon 046-17 65 34.");
  });

  it("a care-initiated seal needs an end date and the unit is reminded one week before it ends", async () => {
    const g = await read("forsegla-journalen-pa-vardens-initiativ-skane");
    expect([g.region, g.category, g.audience]).toEqual(["Skåne", "SEALING", "STAFF"]);
    expect(g.body.sv).toContain("**ett slutdatum måste anges**");
    expect(g.body.sv).toContain("En vecka före slutdatumet kontaktar journal- och arkivservice verksamheten");
    expect(g.body.sv).toContain("inte finns någon information att visa");
    expect(g.body.sv).toContain("0771-86 66 00");
    expect(g.body.sv).toContain("046-17 65 34");
  });

  it("a resident learns how to seal, that breaking a seal needs a visit with ID, and Journalservice's weekday hours", async () => {
    const g = await read("stang-din-journal-eller-inloggning-skane", "anonymous");
    expect([g.region, g.category, g.audience]).toEqual(["Skåne", "SEALING", "PUBLIC"]);
    expect(g.body.sv).toContain("giltig legitimation");
    expect(g.body.sv).toContain("kan du inte heller läsa ditt barns journal");
    expect(g.body.sv).toContain("telefon 0771-86 66 00, vardagar kl. 08–16");
    expect(g.body.sv).not.toContain("046-17 65 34");
  });

  it("blocking a guardian: the head of unit decides 08–16, the senior physician on call otherwise, the other guardian keeps access", async () => {
    const g = await read("blockera-vardnadshavare-skane");
    expect([g.region, g.category]).toEqual(["Skåne", "BLOCKING_GUARDIAN"]);
    expect(g.body.sv).toContain("för ett barn under 13 år");
    expect(g.body.sv).toContain("Verksamhetschefen godkänner blockeringen kl. 08–16. Övrig tid godkänner bakjouren.");
    expect(g.body.sv).toContain("den andra fortsätta som ombud");
    expect(g.body.sv).toContain("ring Journalservice, telefon 0771-86 66 00");
    expect(g.body.sv).toContain("ring Sus akutmottagning i Lund, telefon 046-17 65 34");
    expect(g.body.sv).toContain("*Reglerad åtkomst på 1177.se*");
  });

  it("denying both e-services and the journal takes a lock and a seal", async () => {
    const g = await read("stanga-e-tjanster-och-journal-kronoberg");
    expect(g.region).toBe("Kronoberg");
    expect(g.body.sv).toContain("**både låsa inloggningen och försegla journalen**");
    expect(g.body.sv).toContain("0470-58 20 20, knappval 2");
  });

  it("a god man or förvaltare reads the journal with the principal's consent and the court order", async () => {
    const g = await read("god-man-forvaltare-ombud-i-journalen-kronoberg");
    expect([g.region, g.category]).toEqual(["Kronoberg", "LEGAL_REPRESENTATIVE"]);
    expect(g.body.sv).toContain("god man eller förvaltare med uppdraget att sörja för person");
    expect(g.body.sv).toContain("huvudmannen samtycker");
    expect(g.body.sv).toContain("Tingsrättens förordnande ska visas upp");
  });

  it("what Skåne hides from the patient online, with every date", async () => {
    const g = await read("dolt-for-patienten-i-journalen-skane");
    expect([g.region, g.category, g.audience]).toEqual(["Skåne", "JOURNAL_ONLINE", "STAFF"]);
    for (const fact of [
      "**Tidiga hypoteser**",
      "**Våld i nära relationer**",
      "**Oro för att barn far illa**",
      "(HUBS)",
      "innan patienten fyllde 16 år visas inte",
      "Vuxenpsykiatri: delar av anteckningarna, från och med 28 september 2015.",
      "Barn- och ungdomspsykiatri och rättspsykiatri: anteckningar från och med 4 februari 2019.",
      "Psykiatrisk heldygnsvård: visas med 28 dagars fördröjning.",
      "Remisser: från och med 9 juni 2020.",
      "från och med 1 september 2014, och bara svar som är definitivsignerade",
      "efter menprövning",
    ]) {
      expect(g.body.sv).toContain(fact);
    }
  });

  it("routines carry the forms and contact routes the sources name, for staff", async () => {
    const LINKS = `query($slug: String!) { guideline(slug: $slug) { relatedForms { name whereToFind sendTo } contactRoutes { label phone hours note } } }`;
    type Links = { guideline: { relatedForms: { name: string; sendTo: string | null }[]; contactRoutes: { label: string; phone: string | null; hours: string | null }[] } | null };
    const seal = expectData(await t.query<Links>(LINKS, { as: "staff", variables: { slug: "stanga-e-tjanster-och-journal-kronoberg" } })).guideline!;
    expect(seal.relatedForms.map((f) => f.name)).toEqual(["Begäran om att låsa 1177-konto", "Försegling av journalen"]);
    expect(seal.relatedForms.every((f) => f.sendTo === "VIS-Supporten")).toBe(true);
    expect(seal.contactRoutes).toEqual([expect.objectContaining({ label: "VIS-Supporten, Region Kronoberg", phone: "0470-58 20 20" })]);
    const block = expectData(await t.query<Links>(LINKS, { as: "staff", variables: { slug: "blockera-vardnadshavare-skane" } })).guideline!;
    expect(block.contactRoutes.map((c) => [c.phone, c.hours])).toEqual([
      ["0771-86 66 00", "vardagar 08–16"],
      ["046-17 65 34", "övrig tid"],
    ]);
    // A guideline the sources give no routes for has empty lists, not nulls.
    const hidden = expectData(await t.query<Links>(LINKS, { as: "staff", variables: { slug: "dolt-for-patienten-i-journalen-skane" } })).guideline!;
    expect(hidden).toEqual({ relatedForms: [], contactRoutes: [] });
  });
});
