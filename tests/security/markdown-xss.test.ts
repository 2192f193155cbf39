import { describe, expect, it } from "vitest";
import { gql, portalUrl } from "./support/client.js";

/**
 * A script in a Markdown field, saved through the editorial API (decision 019) by an editor and published, then
 * read on the portal's page as an anonymous visitor: the page carries the text, never a live script, handler or
 * javascript: link. (The portal helper's tests cover each Markdown field through the portal's renderer.)
 */
const payloads = [
  "<script>alert('xss-1')</script>",
  "<img src=x onerror=\"alert('xss-2')\">",
  "[klicka](javascript:alert('xss-3'))",
  "<a href=\"javascript:alert('xss-4')\">länk</a>",
  "<svg onload=\"alert('xss-5')\"></svg>",
  "<iframe src=\"https://evil.example/xss-6\"></iframe>",
  "<p style=\"background:url(javascript:alert('xss-7'))\">stil</p>",
];

describe("a Markdown field with scripts, through the editorial API to the portal page", () => {
  it("is published, and the e-service's page shows no live script, handler, frame or javascript: link", async () => {
    const slug = `xss-prov-${Date.now()}`;
    const values = {
      audience: "PUBLIC",
      region: "Norrbotten",
      slug,
      name: { sv: "XSS-prov", en: "XSS test" },
      summary: { sv: "Ett prov.", en: null },
      channel: "WEB",
      provider: "1177",
      minAge: null,
      maxAge: null,
      requiresEid: false,
      eidMethods: [],
      eligibility: null,
      availability: null,
      openingHours: null,
      description: { sv: `Början av texten.\n\n${payloads.join("\n\n")}\n\nSlutet av texten.`, en: null },
      cost: null,
      webUrl: null,
      offeredOnlyIn: [],
      notOfferedIn: [],
      residentsOf: null,
      staffedHours: [],
    };
    const created = await gql<{ createEService: { id: string; version: number } }>(`mutation($v: JSONObject!) { createEService(values: $v, confirmPublicAudience: true) { id version } }`, {
      as: "erik",
      variables: { v: values },
    });
    expect(created.errors).toBeUndefined();
    const { id, version } = created.data!.createEService;
    const published = await gql(`mutation($id: ID!, $version: Int!) { publishEService(id: $id, version: $version) { id live } }`, { as: "erik", variables: { id, version } });
    expect(published.errors).toBeUndefined();

    const response = await fetch(`${portalUrl}/e-tjanster/${slug}`, { headers: { "cache-control": "no-cache" } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Början av texten.");
    expect(html).toContain("Slutet av texten.");
    const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
    expect(main).not.toMatch(/<script/i);
    expect(main).not.toMatch(/<(iframe|svg|object|embed)\b/i);
    expect(main).not.toMatch(/\son[a-z]+\s*=/i);
    expect(main).not.toMatch(/(href|src)\s*=\s*["']?\s*javascript:/i);
    expect(main).not.toMatch(/style\s*=/i);
    // No script anywhere on the page names a payload (the loader data carries only the sanitised HTML).
    for (const n of [1, 2, 3, 4, 5, 6, 7]) {
      for (const script of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? []) expect(script).not.toMatch(new RegExp(`<script[^>]*>\\s*alert\\('xss-${n}'\\)`));
    }
  });
});
