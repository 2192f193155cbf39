import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logInToApp } from "./support/portal-login.js";
import { startOwnStack, type OwnStack } from "./support/own-stack.js";

/**
 * Partial results: for EACH subgraph, stop it and request every portal page, anonymously and as the roles that
 * open it. Every page answers as it does with everything up (200, or its redirect), never 5xx; its heading and
 * layout are there (not the error page); a page that reads from the stopped subgraph shows the notice where that
 * part would be, and a page that does not is unaffected. Then the subgraph starts again and the page is whole.
 */
let stack: OwnStack;
const subgraphs = ["care-units", "fees", "e-services", "archive", "guidelines"] as const;
type Subgraph = (typeof subgraphs)[number];
type Persona = "anonymous" | "anna" | "nils" | "ada";

/**
 * Each page, who opens it, and the subgraphs it reads from (checked against the answers below). `primary`: the
 * subgraph that owns the one thing a detail page is about (the unit, the e-service); with it down there is nothing
 * else to show, and the page is our error page with 503 "not available just now" (a crawler comes back; it does
 * not index an empty page) — never 500.
 */
type PageCase = { path: string; as: Persona; uses: Subgraph[]; primary?: Subgraph };
const staticPages: PageCase[] = [
  { path: "/", as: "anonymous", uses: ["care-units", "fees", "e-services"] },
  { path: "/", as: "nils", uses: ["care-units", "fees", "e-services", "guidelines"] },
  { path: "/hitta-vard", as: "anonymous", uses: ["care-units"] },
  { path: "/hitta-vard?q=v%C3%A5rdcentral", as: "anonymous", uses: ["care-units"] },
  { path: "/hitta-vard/SE2321000230-EX17", as: "anonymous", uses: ["care-units", "fees", "e-services"], primary: "care-units" },
  { path: "/hitta-vard/SE2321000230-EX17", as: "nils", uses: ["care-units", "fees", "e-services"], primary: "care-units" },
  { path: "/avgifter", as: "anonymous", uses: ["fees"] },
  { path: "/avgifter", as: "anna", uses: ["fees"] },
  { path: "/e-tjanster", as: "anonymous", uses: ["e-services"] },
  { path: "/journalkopia", as: "anonymous", uses: [] },
  { path: "/journalkopia/begaran", as: "anna", uses: [] },
  { path: "/journalatkomst", as: "nils", uses: [] },
  { path: "/journalen", as: "anna", uses: [] },
  { path: "/mina-sidor", as: "anna", uses: [] },
  { path: "/mina-arenden", as: "anna", uses: ["archive"] },
  { path: "/checka-in", as: "anna", uses: ["e-services", "fees"] },
  { path: "/personal", as: "nils", uses: ["care-units", "guidelines"] },
  { path: "/riktlinjer", as: "nils", uses: ["guidelines"] },
  { path: "/arkiv", as: "anonymous", uses: ["archive"] },
  { path: "/arkiv/arenden", as: "ada", uses: ["archive"] },
  { path: "/arkiv/register", as: "ada", uses: ["archive"] },
  { path: "/arkiv/statistik", as: "ada", uses: ["archive"] },
  { path: "/tillganglighet", as: "anonymous", uses: [] },
  { path: "/sok?q=v%C3%A5rd", as: "anonymous", uses: ["care-units", "fees", "e-services", "archive", "guidelines"] },
  { path: "/sok?q=journal", as: "nils", uses: ["care-units", "fees", "e-services", "archive", "guidelines"] },
];
/** Detail pages found from their lists while everything is up. */
const detailPages: Array<{ list: string; as: Persona; link: RegExp; uses: Subgraph[]; primary?: Subgraph }> = [
  { list: "/e-tjanster", as: "anonymous", link: /href="(\/e-tjanster\/[\w-]+)"/, uses: ["e-services"], primary: "e-services" },
  { list: "/e-tjanster", as: "anna", link: /href="(\/e-tjanster\/[\w-]+)"/, uses: ["e-services"], primary: "e-services" },
  { list: "/riktlinjer", as: "nils", link: /href="(\/riktlinjer\/[\w-]+)"/, uses: ["guidelines"], primary: "guidelines" },
  { list: "/arkiv/arenden", as: "ada", link: /href="(\/arkiv\/arenden\/[\w-]+)"/, uses: ["archive"] },
  { list: "/mina-arenden", as: "anna", link: /href="(\/mina-arenden\/[\w-]+)"/, uses: ["archive"] },
];

const cookies: Partial<Record<Persona, string>> = {};
const pages: PageCase[] = [];
type Answer = { status: number; h1: string | undefined; notices: number; html: string };
const baseline = new Map<string, Answer>();
const key = (page: PageCase) => `${page.as} ${page.path}`;

async function open(page: PageCase): Promise<Answer> {
  const headers: Record<string, string> = { accept: "text/html" };
  if (page.as !== "anonymous") headers.cookie = cookies[page.as]!;
  const response = await fetch(`${stack.portalUrl}${page.path}`, { headers, redirect: "manual" });
  const html = await response.text();
  return {
    status: response.status,
    h1: html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1]?.replace(/<[^>]+>/g, "").trim(),
    // The notice every section uses when its data could not be fetched ("… kan inte visas just nu").
    notices: (html.match(/kan inte [a-zåäö ]{2,20} just nu/g) ?? []).length,
    html,
  };
}

beforeAll(async () => {
  // No anonymous answer cache (decision 018) and no anonymous page cache (decision 028): a page must show the
  // outage at once, not five seconds later.
  stack = await startOwnStack({ extraOffset: 80, env: { ANONYMOUS_CACHE_TTL_MS: "0", PAGE_CACHE_TTL_MS: "0" } });
  for (const persona of ["anna", "nils", "ada"] as const) cookies[persona] = await logInToApp(stack.portalUrl, persona);
  pages.push(...staticPages);
  for (const detail of detailPages) {
    const list = await open({ path: detail.list, as: detail.as, uses: [] });
    const path = list.html.match(detail.link)?.[1];
    if (path) pages.push({ path, as: detail.as, uses: detail.uses, primary: detail.primary });
  }
  for (const page of pages) baseline.set(key(page), await open(page));
});
afterAll(async () => {
  await stack?.close();
});

describe("every portal page with everything up", () => {
  it("answers 200 with its heading and no notice", () => {
    const wrong = pages.filter((page) => {
      const answer = baseline.get(key(page))!;
      return answer.status !== 200 || !answer.h1 || answer.notices > 0;
    });
    expect(wrong.map((page) => `${key(page)}: ${JSON.stringify({ ...baseline.get(key(page)), html: undefined })}`)).toEqual([]);
    expect(pages.length).toBeGreaterThanOrEqual(staticPages.length + 3);
  });
});

describe.each(subgraphs)("with %s stopped", (subgraph) => {
  it("every page still answers, with its heading, and a notice exactly where a part is missing", async () => {
    await stack.stop(subgraph);
    const problems: string[] = [];
    try {
      for (const page of pages) {
        const before = baseline.get(key(page))!;
        const answer = await open(page);
        const uses = page.uses.includes(subgraph);
        if (answer.status >= 500 && !(page.primary === subgraph && answer.status === 503)) problems.push(`${key(page)}: status ${answer.status}`);
        if (page.primary === subgraph) {
          // Our 503 page: the general one, or the page's own words for it ("Riktlinjen kan inte visas just nu").
          const heading = /inte tillgänglig just nu|kan inte visas just nu/;
          if (answer.status !== 503 || !heading.test(answer.h1 ?? "") || !answer.html.includes("Huvudmeny")) {
            problems.push(`${key(page)}: ${answer.status} "${answer.h1}", not our 503 page`);
          }
          continue;
        }
        if (answer.status !== before.status) problems.push(`${key(page)}: status ${answer.status} (was ${before.status})`);
        // A detail page whose record is missing keeps a general heading ("Ärende"); every page keeps one.
        if (!answer.h1 || (!uses && answer.h1 !== before.h1)) problems.push(`${key(page)}: heading "${answer.h1}" (was "${before.h1}")`);
        if (!answer.html.includes("<main")) problems.push(`${key(page)}: no main landmark`);
        if (uses && answer.notices === 0) problems.push(`${key(page)}: no notice for the missing part`);
        if (!uses && answer.notices > 0) problems.push(`${key(page)}: a notice, though it does not read from ${subgraph}`);
      }
    } finally {
      await stack.start(subgraph);
    }
    expect(problems).toEqual([]);
  });

  it("once it is back, every page is whole again", async () => {
    const problems: string[] = [];
    for (const page of pages) {
      const answer = await open(page);
      if (answer.status !== 200 || answer.notices > 0) problems.push(`${key(page)}: ${answer.status}, ${answer.notices} notices`);
    }
    expect(problems).toEqual([]);
  });
});
