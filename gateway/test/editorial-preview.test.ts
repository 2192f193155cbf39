import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFederation, type Federation } from "./federation.js";
import { startTestIssuer, type TestIssuer } from "./test-issuer.js";

/**
 * The editorial preview through the gateway (decision 019): the gateway forwards the client's
 * `x-preview-token` header to the subgraphs, which show a draft only to the editor the token names;
 * and an audience widening refused by a subgraph reaches the client with its own code and field.
 */
let idp: TestIssuer;
let federation: Federation;

beforeAll(async () => {
  idp = await startTestIssuer();
  federation = await startFederation({ verifyAccessToken: idp.verifier });
});
afterAll(async () => {
  await federation?.close();
  await idp?.close();
});

const editor = () => idp.bearer({ sub: "erik", roles: ["editor"], region: "Norrbotten" });
const nurse = () => idp.bearer({ sub: "nils", roles: ["staff"], region: "Norrbotten" });

const values = (title: string, audience = "STAFF") => ({
  audience,
  region: "Skåne",
  slug: "gateway-forhandsvisning",
  title: { sv: title, en: null },
  summary: { sv: "Sammanfattning.", en: null },
  body: { sv: "Text.", en: null },
  category: "OTHER",
  owner: "Testägare",
  lastReviewed: null,
  reviewDue: null,
  relatedForms: [],
  contactRoutes: [],
});

describe("an editor's preview through the gateway", () => {
  it("the token in x-preview-token shows the draft to its editor, and nothing of it to a nurse", async () => {
    const auth = await editor();
    const created = await federation.query<{ createGuideline: { id: string; version: number } }>(
      `mutation($v: JSONObject!) { createGuideline(values: $v) { id version } }`,
      { v: values("Publicerad titel") },
      auth,
    );
    const item = created.data!.createGuideline;
    const published = await federation.query<{ publishGuideline: { version: number } }>(`mutation($id: ID!, $ver: Int!) { publishGuideline(id: $id, version: $ver) { version } }`, { id: item.id, ver: item.version }, auth);
    await federation.query(`mutation($id: ID!, $ver: Int!, $v: JSONObject!) { saveGuidelineDraft(id: $id, version: $ver, values: $v) { version } }`, { id: item.id, ver: published.data!.publishGuideline.version, v: values("Utkastets titel") }, auth);
    const link = await federation.query<{ guidelinePreviewLink: { url: string } }>(`mutation($id: ID!) { guidelinePreviewLink(id: $id) { url } }`, { id: item.id }, auth);
    const token = new URL(link.data!.guidelinePreviewLink.url).searchParams.get("forhandsvisning")!;

    const READ = `{ guideline(slug: "gateway-forhandsvisning") { title { sv } } }`;
    const asEditor = await federation.query<{ guideline: { title: { sv: string } } }>(READ, {}, { ...auth, "x-preview-token": token });
    expect(asEditor.data?.guideline.title.sv).toBe("Utkastets titel");
    const asNurse = await federation.query<{ guideline: { title: { sv: string } } }>(READ, {}, { ...(await nurse()), "x-preview-token": token });
    expect(asNurse.data?.guideline.title.sv).toBe("Publicerad titel");
    const withoutToken = await federation.query<{ guideline: { title: { sv: string } } }>(READ, {}, auth);
    expect(withoutToken.data?.guideline.title.sv).toBe("Publicerad titel");
  });

  it("widening to PUBLIC without confirmation reaches the client as AUDIENCE_WIDENING_NOT_CONFIRMED on audience", async () => {
    const auth = await editor();
    const created = await federation.query<{ createGuideline: { id: string; version: number } }>(
      `mutation($v: JSONObject!) { createGuideline(values: $v) { id version } }`,
      { v: { ...values("Smal"), slug: "gateway-vidgning" } },
      auth,
    );
    const item = created.data!.createGuideline;
    const refused = await federation.query(
      `mutation($id: ID!, $ver: Int!, $v: JSONObject!) { saveGuidelineDraft(id: $id, version: $ver, values: $v) { version } }`,
      { id: item.id, ver: item.version, v: { ...values("Smal", "PUBLIC"), slug: "gateway-vidgning" } },
      auth,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "AUDIENCE_WIDENING_NOT_CONFIRMED", field: "audience" });
  });
});
