import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { PersonaId } from "../oidc/personas.js";
import { swedishLeftovers } from "../support/language.js";
import { axeViolations, axeViolationsTagged, launchBrowser, seriousOrCritical, watchRequests, wcag21aa, type AxeViolation, type RequestWatch } from "../support/browser.js";

/**
 * Issue 12's first two "done when": axe-core in the real Chromium on EVERY route of the portal and the
 * admin, as EVERY role that may open it (and the 403 page for those who may not), with zero serious or
 * critical findings; and every request each of those pages makes stays on the app's own origin.
 *
 * The tables below are the walk: one line per page (and per state worth checking — a form after a failed
 * submit, a search with results, an empty result). A route file that no line covers fails the first test,
 * so a new page cannot skip axe. Each role walks its pages in sequence in one browser context, logged in
 * once per app.
 */
const portalUrl = inject("portalUrl");
const adminUrl = inject("adminUrl");
const gatewayUrl = inject("gatewayUrl");
const oidcIssuer = inject("oidcIssuer");

type Role = "anonymous" | PersonaId;
type App = "portal" | "admin";

const residents = ["anna", "gustav", "elsa"] as const satisfies Role[];
const personas = [...residents, "nils", "ada", "erik", "alva"] as const satisfies Role[];
const everyone = ["anonymous", ...personas] as const satisfies Role[];
/** requireRole(staffPageRoles): care staff, and the editors and admins who keep their pages current. */
const staffPage = ["nils", "erik", "alva"] as const satisfies Role[];
/** requireRole(archiveStaffRoles). */
const archiveStaff = ["ada", "erik", "alva"] as const satisfies Role[];
/** The admin (the CMS): editors and admins. */
const editors = ["erik", "alva"] as const satisfies Role[];
const others = (allowed: readonly Role[]) => personas.filter((p) => !allowed.includes(p));

/** Ids and slugs the seed holds, looked up once (the gateway, or a listing page the role itself sees). */
type Ids = { publicGuideline: string; eService: string; hsaId: string };
type Lookup = { ids: Ids; firstLink: (from: string, pattern: RegExp, skip?: (href: string) => boolean) => Promise<string> };
type Path = string | ((lookup: Lookup) => Promise<string> | string);

type Visit = {
  path: Path;
  as: readonly Role[];
  /** The answer's status, or "log-in" when the visitor is sent to the identity provider (nothing of ours to check). */
  status?: number | "log-in";
  /** What this visit shows beyond the page as it opens; `then` brings the page there. */
  state?: string;
  then?: (page: Page) => Promise<void>;
  /** The same page under /en: also checked for `<html lang="en">` and Swedish interface words (decision 024). */
  english?: boolean;
};
type Route = { visits: Visit[] } | { notAPage: string };

const notFoundPage = (path: string, as: readonly Role[]): Visit => ({ path, as, status: 404, state: "not found" });
const refused = (path: Path, allowed: readonly Role[]): Visit[] => [
  { path, as: others(allowed), status: 403, state: "403 page" },
  { path, as: ["anonymous"], status: "log-in" },
];

/** Fails the walk with what the page says when an expected element never shows up. */
async function waitFor(page: Page, selector: string) {
  await page
    .locator(selector)
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(async () => {
      throw new Error(`${selector} never appeared at ${page.url()}: ${(await page.locator("main").innerText()).slice(0, 300)}`);
    });
}

/** Submits the form holding `button` (as a person would) and waits for the answer's error summary or field error. */
const submitEmpty = (button: string, shows = '[aria-invalid="true"], [role="alert"]') => async (page: Page) => {
  await page.locator(button).first().click();
  await waitFor(page, shows);
};

const adminTypes = ["riktlinjer", "e-tjanster", "arkivbestand", "vardenheter", "avgiftstabeller"] as const;
/** An item's edit page, from the type's own listing (the first item it links). */
const adminItem = (typ: string) => (lookup: Lookup) =>
  lookup.firstLink(`/innehall/${typ}`, new RegExp(`^/innehall/${typ}/[^/?#]+$`), (href) => href.endsWith("/ny"));

/**
 * Every portal route file (by its name without `($lang).` and the extension) and what the walk opens for it.
 * Each visit is made again under /en (see `visitsFor`), where the page must also be in English.
 */
const portalRoutes: Record<string, Route> = {
  _index: { visits: [{ path: "/", as: everyone }] },
  $: { visits: [notFoundPage("/finns-inte-alls", everyone)] },
  tillganglighet: { visits: [{ path: "/tillganglighet", as: everyone }] },
  sok: {
    visits: [
      { path: "/sok", as: everyone },
      { path: "/sok?q=v%C3%A5rdcentral", as: everyone, state: "results" },
      { path: "/sok?q=v%C3%A5rdcentral&typ=vardenheter", as: ["anonymous"], state: "results, one facet" },
      { path: "/sok?q=xyzzyqwerty", as: ["anonymous", "nils"], state: "no results" },
      { path: `/sok?q=${"a".repeat(201)}`, as: ["anonymous"], status: 400, state: "error" },
      {
        path: "/sok",
        as: ["anonymous", "nils"],
        state: "suggestions open",
        then: async (page) => {
          const box = page.locator('header input[role="combobox"]');
          await box.fill("kalix");
          await waitFor(page, '[role="listbox"] [role="option"]');
          await page.keyboard.press("ArrowDown");
        },
      },
    ],
  },
  "sok_.forslag": { notAPage: "JSON for the search box's suggestions (a resource route); the open list is axe'd on /sok above" },
  "hitta-vard._index": {
    visits: [
      { path: "/hitta-vard", as: everyone },
      { path: "/hitta-vard?q=tandv%C3%A5rd&kommun=Pajala", as: ["anonymous", "anna", "nils"], state: "results" },
      { path: "/hitta-vard?q=xyzzyqwerty", as: ["anonymous"], state: "no results" },
      { path: `/hitta-vard?q=${"x".repeat(101)}&sortera=avstand`, as: ["anonymous"], status: 400, state: "form errors" },
    ],
  },
  "hitta-vard.$hsaId": {
    visits: [{ path: ({ ids }) => `/hitta-vard/${ids.hsaId}`, as: everyone }, notFoundPage("/hitta-vard/SE2321000230-NONE", ["anonymous"])],
  },
  "e-tjanster._index": {
    visits: [
      { path: "/e-tjanster", as: everyone },
      { path: "/e-tjanster?alder=16&kommun=Kalix&eid=ja", as: ["anonymous", "elsa"], state: "filtered" },
      { path: "/e-tjanster?alder=sexton", as: ["anonymous"], status: 400, state: "form errors" },
    ],
  },
  "e-tjanster.$slug": { visits: [{ path: ({ ids }) => `/e-tjanster/${ids.eService}`, as: everyone }, notFoundPage("/e-tjanster/finns-inte", ["anonymous"])] },
  avgifter: {
    visits: [
      { path: "/avgifter", as: everyone },
      {
        path: "/avgifter",
        as: ["anonymous"],
        state: "quote refused, errors at the fields",
        then: async (page) => {
          await page.locator("#kostnad-personnummer").fill("19850517-2829");
          await submitEmpty('button:has-text("Räkna ut avgiften")', "#kostnad-personnummer-fel")(page);
        },
      },
      {
        path: "/avgifter",
        as: ["nils"],
        state: "staff look-up refused",
        then: async (page) => {
          const field = page.locator('form:has(input[name="intent"][value="lookup"]) input[name="personnummer"]');
          await field.fill("123");
          await field.press("Enter");
          await waitFor(page, '[aria-invalid="true"], [role="alert"]');
        },
      },
    ],
  },
  journalen: {
    visits: [
      { path: "/journalen", as: everyone },
      { path: "/journalen?region=Norrbotten&alder=14", as: ["anonymous", "gustav"], state: "answer" },
      { path: "/journalen?region=Norrbotten&alder=fjorton", as: ["anonymous"], status: 400, state: "form errors" },
    ],
  },
  "journalkopia._index": {
    visits: [
      { path: "/journalkopia", as: everyone },
      { path: "/journalkopia?whose=OWN&period=CURRENT&provider=REGION&person=LIVING", as: ["anonymous", "anna"], state: "advice" },
      { path: "/journalkopia?whose=OWN", as: ["anonymous"], state: "questions left unanswered" },
    ],
  },
  "journalkopia.begaran": {
    visits: [
      { path: "/journalkopia/begaran", as: residents },
      { path: "/journalkopia/begaran", as: ["anna"], state: "failed submit", then: submitEmpty('button:has-text("Skicka beställningen")') },
      ...refused("/journalkopia/begaran", residents),
    ],
  },
  "mina-sidor": { visits: [{ path: "/mina-sidor", as: personas }, { path: "/mina-sidor", as: ["anonymous"], status: "log-in" }] },
  "mina-arenden._index": { visits: [{ path: "/mina-arenden", as: personas }, { path: "/mina-arenden", as: ["anonymous"], status: "log-in" }] },
  "mina-arenden.$id": {
    visits: [
      { path: (lookup) => lookup.firstLink("/mina-arenden", /^\/mina-arenden\/[^/?#]+$/), as: ["anna"] },
      notFoundPage("/mina-arenden/00000000-0000-0000-0000-000000000000", ["elsa"]),
    ],
  },
  "checka-in._index": {
    visits: [
      { path: "/checka-in", as: personas },
      {
        path: "/checka-in",
        as: ["anna"],
        state: "check-in refused: no way to pay chosen",
        then: async (page) => {
          // Open for check-in 30 minutes before: the seed's visit 20 minutes after start (unless another test checked it in).
          const button = page.locator("main li").first().getByRole("button", { name: "Checka in" });
          if (!(await button.count())) return;
          await button.click();
          await waitFor(page, 'main [role="alert"]');
        },
      },
      { path: "/checka-in", as: ["anonymous"], status: "log-in" },
    ],
  },
  "checka-in.kvitto.$id": {
    // A real receipt needs a check-in, which would use up the seed's visits that check-in.test.ts checks in (and axes).
    visits: [notFoundPage("/checka-in/kvitto/00000000-0000-0000-0000-000000000000", ["anna", "gustav"])],
  },
  personal: { visits: [{ path: "/personal", as: staffPage }, ...refused("/personal", staffPage)] },
  "riktlinjer._index": {
    visits: [
      { path: "/riktlinjer", as: staffPage },
      { path: "/riktlinjer?kategori=xyzzy", as: ["nils"], state: "filtered" },
      ...refused("/riktlinjer", staffPage),
    ],
  },
  "riktlinjer.$slug": {
    visits: [
      { path: ({ ids }) => `/riktlinjer/${ids.publicGuideline}`, as: everyone },
      {
        path: ({ ids, firstLink }) => firstLink("/riktlinjer", /^\/riktlinjer\/[a-z0-9-]+$/, (href) => href === `/riktlinjer/${ids.publicGuideline}`),
        as: staffPage,
        state: "a staff guideline",
      },
      notFoundPage("/riktlinjer/finns-inte", ["anna"]),
    ],
  },
  journalatkomst: {
    visits: [
      { path: "/journalatkomst", as: staffPage },
      { path: "/journalatkomst?region=Sk%C3%A5ne&on=2026-11-21&person.age=14&guardians.0.name=Maria", as: ["nils"], state: "answer" },
      { path: "/journalatkomst?region=Sk%C3%A5ne&person.age=fjorton", as: ["nils"], status: 400, state: "form errors" },
      ...refused("/journalatkomst", staffPage),
    ],
  },
  "arkiv._index": { visits: [{ path: "/arkiv", as: everyone }] },
  "arkiv.arenden._index": { visits: [{ path: "/arkiv/arenden", as: archiveStaff }, ...refused("/arkiv/arenden", archiveStaff)] },
  "arkiv.arenden.$id": {
    visits: [
      { path: (lookup) => lookup.firstLink("/arkiv/arenden", /^\/arkiv\/arenden\/[^/?#]+$/), as: archiveStaff },
      notFoundPage("/arkiv/arenden/00000000-0000-0000-0000-000000000000", ["ada"]),
    ],
  },
  "arkiv.register": {
    visits: [
      { path: "/arkiv/register", as: archiveStaff },
      { path: "/arkiv/register?name=Andersson&purpose=Tillg%C3%A4nglighetstest", as: ["ada"], state: "results" },
      { path: "/arkiv/register?name=Andersson", as: ["ada"], state: "form errors" },
      ...refused("/arkiv/register", archiveStaff),
    ],
  },
  "arkiv.statistik": {
    visits: [
      { path: "/arkiv/statistik", as: archiveStaff },
      { path: "/arkiv/statistik?ar=tjugo", as: ["ada"], state: "form errors" },
      ...refused("/arkiv/statistik", archiveStaff),
    ],
  },
  "arkiv.bilaga.$id": { notAPage: "a file download (the attachment's bytes); its access rules are in archive.test.ts" },
  "auth.login": { notAPage: "redirects to the identity provider (walked at every log-in here)" },
  "auth.callback": { notAPage: "the provider's redirect back: sets the session and redirects (walked at every log-in here)" },
  "auth.logout": { notAPage: "a POST that ends the session and redirects" },
  "auth.logged-out": { visits: [{ path: "/auth/logged-out", as: ["anonymous"] }] },
  // Its target (/en/...) is a page of this table in English; TODO(i18n) with the /en lines above.
  "sprak.$lang": { notAPage: "the language switch: remembers the choice in a cookie and redirects to the page in that language" },
};

/** Every admin route file and what the walk opens for it. Every page but the statement is for editors and admins. */
const adminRoutes: Record<string, Route> = {
  _index: { visits: [{ path: "/", as: editors }, ...refused("/", editors)] },
  $: { visits: [notFoundPage("/finns-inte-alls", editors)] },
  tillganglighet: { visits: [{ path: "/tillganglighet", as: ["anonymous", "anna", ...editors] }] },
  "innehall.$typ._index": {
    visits: [
      ...adminTypes.map((typ) => ({ path: `/innehall/${typ}`, as: editors })),
      { path: "/innehall/riktlinjer?q=xyzzyqwerty", as: ["erik"], state: "no results" },
      notFoundPage("/innehall/okand-typ", ["erik"]),
      ...refused("/innehall/riktlinjer", editors).filter((v) => v.status === 403),
    ],
  },
  "innehall.$typ.ny": {
    visits: [
      ...adminTypes.map((typ) => ({ path: `/innehall/${typ}/ny`, as: editors })),
      { path: "/innehall/riktlinjer/ny", as: ["erik"], state: "failed submit", then: submitEmpty('button:has-text("Skapa utkast")', "#felsammanfattning") },
    ],
  },
  "innehall.$typ.$id._index": { visits: adminTypes.map((typ) => ({ path: adminItem(typ), as: editors })) },
  "innehall.$typ.$id.versioner": {
    visits: adminTypes.map((typ) => ({ path: async (lookup: Lookup) => `${await adminItem(typ)(lookup)}/versioner`, as: editors })),
  },
  "innehall.$typ.$id.forhandsvisa": { notAPage: "a POST that redirects to the portal's preview (its GET redirects to the edit page)" },
  "logg._index": {
    visits: [
      { path: "/logg", as: editors },
      { path: "/logg?fran=igar", as: ["erik", "alva"], status: 400, state: "form errors" },
    ],
  },
  "logg.csv": { notAPage: "the audit log as a CSV download" },
  import: {
    visits: [
      { path: "/import", as: editors },
      { path: "/import", as: ["erik"], state: "failed submit (no file)", then: submitEmpty('form[enctype="multipart/form-data"] button[type="submit"]', "#felsammanfattning") },
    ],
  },
  "markdown-forhandsvisning": { notAPage: "a POST answering the editor's Markdown preview as JSON" },
  "auth.login": { notAPage: "redirects to the identity provider" },
  "auth.callback": { notAPage: "the provider's redirect back" },
  "auth.logout": { notAPage: "a POST that ends the session and redirects" },
  "auth.logged-out": { visits: [{ path: "/auth/logged-out", as: ["anonymous"] }] },
};

/**
 * A route file's name as the table knows it: without the extension and without the optional `($lang).` prefix
 * the portal's routes are getting (English under /en), so both spellings match one line. Files Remix ignores
 * (vite.config's ignoredRouteFiles: tests, *.server, *.graphql, *.view, dotfiles) are not routes.
 */
function routeKey(name: string, isDirectory = false): string | null {
  if (name.startsWith(".") || /\.(test|server|graphql|view)\.[jt]sx?$/.test(name)) return null;
  const base = isDirectory ? name : name.replace(/\.[jt]sx?$/, "");
  if (!isDirectory && base === name) return null;
  return base.replace(/^\(\$lang\)\./, "");
}

const routesDir = (app: App) => fileURLToPath(new URL(`../../${app}/app/routes`, import.meta.url));
const routeFiles = (app: App) => [...new Set(readdirSync(routesDir(app), { withFileTypes: true }).map((e) => routeKey(e.name, e.isDirectory())).filter((k) => k !== null))];

describe("the checker itself", () => {
  it("axe in this browser finds what it should: low contrast and an unlabelled field are serious", async () => {
    const page = await browser.newPage();
    await page.setContent(
      `<!doctype html><html lang="sv"><head><title>Prov</title></head><body><main><h1>Prov</h1>` +
        `<p style="color:#aaa;background:#fff">Ljusgrå text på vitt</p><input type="text"></main></body></html>`,
    );
    const ids = seriousOrCritical(await axeViolations(page)).map((v) => v.id);
    await page.close();
    expect(ids).toEqual(expect.arrayContaining(["color-contrast", "label"]));
  });
});

describe("the walk covers every route", () => {
  it.each([
    ["portal", portalRoutes],
    ["admin", adminRoutes],
  ] as const)("every route file of the %s has a line in the table (and every line a file)", (app, table) => {
    const files = routeFiles(app);
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((f) => !(f in table)).sort(), "route files no line of the walk covers").toEqual([]);
    expect(Object.keys(table).filter((k) => !files.includes(k)).sort(), "lines for route files that do not exist").toEqual([]);
    const pages = Object.values(table).filter((r) => "visits" in r) as { visits: Visit[] }[];
    const pairs = pages.reduce((sum, r) => sum + new Set(r.visits.filter((v) => v.status !== "log-in").flatMap((v) => v.as)).size, 0);
    console.info(`${app}: ${files.length} route files, ${pages.length} pages walked, ${pairs} route × role pairs axe'd, ${pages.reduce((n, r) => n + r.visits.reduce((m, v) => m + v.as.length, 0), 0)} visits`);
  });
});

let browser: Browser;
let ids: Ids;
const started = Date.now();
const problems: string[] = [];
const minorFindings = new Map<string, Set<string>>();
const watches: { role: Role; watch: RequestWatch; pages: number }[] = [];

type GraphQLAnswer<T> = { data?: T; errors?: unknown[] };
async function gateway<T>(query: string): Promise<T> {
  const response = await fetch(gatewayUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  const answer = (await response.json()) as GraphQLAnswer<T>;
  if (!answer.data) throw new Error(`gateway: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

beforeAll(async () => {
  browser = await launchBrowser();
  // What an anonymous visitor may read: the walk opens these as everyone.
  const found = await gateway<{
    guidelines: { edges: { node: { slug: string } }[] };
    eServices: { edges: { node: { slug: string } }[] };
    careUnits: { edges: { node: { hsaId: string } }[] };
  }>(`{ guidelines(first: 1) { edges { node { slug } } } eServices(first: 1) { edges { node { slug } } } careUnits(first: 1) { edges { node { hsaId } } } }`);
  ids = {
    publicGuideline: found.guidelines.edges[0]!.node.slug,
    eService: found.eServices.edges[0]!.node.slug,
    hsaId: found.careUnits.edges[0]!.node.hsaId,
  };
});
afterAll(async () => {
  await browser?.close();
});

const appUrl = (app: App) => (app === "portal" ? portalUrl : adminUrl);
const issuerOrigin = new URL(oidcIssuer).origin;

/** Logs the context's page in at `app` through the identity provider; a second app reuses the provider's session if it has one. */
async function logIn(page: Page, watch: RequestWatch, app: App, persona: PersonaId) {
  const origin = new URL(appUrl(app)).origin;
  watch.during("log-in", [origin, issuerOrigin]);
  await page.goto(`${appUrl(app)}/auth/login?returnTo=%2F`);
  await page.waitForURL((url) => url.origin === issuerOrigin || url.origin === origin);
  if (new URL(page.url()).origin === issuerOrigin) {
    await page.locator(`button[name="persona"][value="${persona}"]`).click();
    await page.waitForURL((url) => url.origin === origin);
  }
  await page.waitForLoadState("load");
}

/**
 * What fails the walk: any serious or critical finding, and axe's checks of the page's structure (issue 12
 * asks for a skip link, landmarks and headings in order), which axe files as "best practice" of moderate impact.
 */
const structure = new Set(["bypass", "skip-link", "heading-order", "page-has-heading-one", "landmark-one-main", "landmark-unique", "landmark-no-duplicate-banner", "landmark-no-duplicate-contentinfo", "landmark-no-duplicate-main", "landmark-banner-is-top-level", "landmark-contentinfo-is-top-level", "landmark-main-is-top-level", "landmark-complementary-is-top-level", "region", "empty-heading"]);
const fails = (v: AxeViolation) => seriousOrCritical([v]).length > 0 || structure.has(v.id);

/** One visit: open, check the status, bring to its state, axe it; what is wrong goes to `problems`. */
async function check(page: Page, watch: RequestWatch, app: App, role: Role, visit: Visit, lookup: Lookup) {
  const path = typeof visit.path === "string" ? visit.path : await visit.path(lookup);
  const label = `${app} ${path}${visit.state ? ` [${visit.state}]` : ""} as ${role}`;
  const origin = new URL(appUrl(app)).origin;
  const expected = visit.status ?? 200;
  // Sent to log in is a redirect to exactly the configured issuer; every other page stays on the app's origin.
  watch.during(label, expected === "log-in" ? [origin, issuerOrigin] : [origin]);
  const response = await page.goto(`${appUrl(app)}${path}`);
  if (expected === "log-in") {
    if (new URL(page.url()).origin !== issuerOrigin) problems.push(`${label}: expected to be sent to log in, got ${page.url()}`);
    return;
  }
  if (response?.status() !== expected) problems.push(`${label}: status ${response?.status()}, expected ${expected}`);
  if (visit.then) await visit.then(page);
  if (visit.english) {
    const lang = await page.evaluate(() => document.documentElement.lang);
    if (lang !== "en") problems.push(`${label}: <html lang="${lang}">, expected en`);
    const typed = [...new URL(page.url()).searchParams.values()];
    for (const left of await swedishLeftovers(page, typed)) problems.push(`${label}: Swedish interface text "${left.text}" (${left.where})`);
  }
  for (const v of await axeViolationsTagged(page, [...wcag21aa, "best-practice"])) {
    const targets = v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(" | ");
    if (fails(v)) problems.push(`${label}: ${v.id} (${v.impact}) ${v.help} → ${targets}`);
    else minorFindings.set(`${app} ${v.id} (${v.impact}): ${v.help}`, (minorFindings.get(`${app} ${v.id} (${v.impact}): ${v.help}`) ?? new Set()).add(path));
  }
}

/** `/avgifter?x` → `/en/avgifter?x`, `/` → `/en`. */
const inEnglish = (path: string) => (path === "/" ? "/en" : path.startsWith("/?") ? `/en${path.slice(1)}` : `/en${path}`);

/**
 * The role's visits; on the portal each is made in Swedish and again in English (a visit that clicks its way
 * to a state finds its buttons by their Swedish names, so only the page as it opens is walked in English).
 */
function visitsFor(table: Record<string, Route>, role: Role): Visit[] {
  const visits = Object.values(table).flatMap((route) => ("visits" in route ? route.visits.filter((v) => v.as.includes(role)) : []));
  if (table !== portalRoutes) return visits;
  const english = visits
    // Log-in and log-out pages have one address for both languages.
    .filter((v) => !v.then && !(typeof v.path === "string" && v.path.startsWith("/auth/")))
    .map((v): Visit => {
      const path = v.path;
      return { ...v, english: true, path: typeof path === "string" ? inEnglish(path) : async (lookup) => inEnglish(await path(lookup)) };
    });
  return [...visits, ...english];
}

/** Every page the role may open in both apps, in one context; ids from listing pages are looked up on the role's own page. */
async function walk(role: Role): Promise<number> {
  const context: BrowserContext = await browser.newContext();
  const page = await context.newPage();
  const watch = watchRequests(page);
  let pages = 0;
  try {
    for (const app of ["portal", "admin"] as const) {
      const visits = visitsFor(app === "portal" ? portalRoutes : adminRoutes, role);
      if (!visits.length) continue;
      if (role !== "anonymous") await logIn(page, watch, app, role);
      const links = new Map<string, string>();
      const lookup: Lookup = {
        ids,
        firstLink: async (from, pattern, skip) => {
          const key = `${from} ${pattern}`;
          if (!links.has(key)) {
            watch.during(`${app} ${from} (looking up a link) as ${role}`, [new URL(appUrl(app)).origin]);
            await page.goto(`${appUrl(app)}${from}`);
            const hrefs = await page.locator("main a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
            const href = hrefs.map((h) => h.replace(/[?#].*$/, "")).find((h) => pattern.test(h) && !skip?.(h));
            if (!href) throw new Error(`${app} ${from} as ${role}: no link matching ${pattern} (links: ${hrefs.join(", ")})`);
            links.set(key, href);
          }
          return links.get(key)!;
        },
      };
      for (const visit of visits) {
        try {
          await check(page, watch, app, role, visit, lookup);
        } catch (error) {
          problems.push(`${app} ${typeof visit.path === "string" ? visit.path : "(looked up)"}${visit.state ? ` [${visit.state}]` : ""} as ${role}: ${(error as Error).message.split("\n")[0]}`);
        }
        pages++;
      }
    }
  } finally {
    watches.push({ role, watch, pages });
    await context.close();
  }
  return pages;
}

describe("axe on every page, as every role that may open it", () => {
  it.each(everyone)("as %s: no serious or critical finding on any page", { timeout: 600_000 }, async (role) => {
    const before = problems.length;
    const pages = await walk(role);
    expect(pages).toBeGreaterThan(0);
    expect(problems.slice(before), `${role}: what axe (or the walk) found`).toEqual([]);
  });

  it("lists the moderate and minor findings (not failures) and the time the walk took", () => {
    const lines = [...minorFindings].map(([finding, paths]) => `${finding} — ${[...paths].slice(0, 8).join(", ")}`);
    const pages = watches.reduce((sum, w) => sum + w.pages, 0);
    console.info(`axe walk: ${pages} page visits by ${watches.length} roles in ${Math.round((Date.now() - started) / 1000)} s`);
    if (lines.length) console.info(`moderate/minor findings:\n${lines.join("\n")}`);
    expect(pages).toBeGreaterThan(0);
  });
});

describe("no request leaves the app's own origin", () => {
  it("over the whole walk, every request went to the app's own origin; the log-in went to exactly the configured issuer", () => {
    expect(watches.map((w) => w.role).sort(), "the walk ran for every role").toEqual([...everyone].sort());
    const requests = watches.flatMap((w) => w.watch.requests);
    expect(requests.length).toBeGreaterThan(100);
    // The issuer was reached (the log-ins went through it) and nothing else but our two apps ever was.
    const origins = new Set(requests.map((r) => r.origin));
    expect([...origins].sort()).toEqual([new URL(adminUrl).origin, issuerOrigin, new URL(portalUrl).origin].sort());
    expect(watches.flatMap((w) => w.watch.foreign.map((f) => `${w.role}: ${f.during} → ${f.url}`))).toEqual([]);
  });
});

/**
 * What axe cannot see from one snapshot, checked directly on a few pages of each app: the skip link is the
 * first Tab stop and moves focus to <main>; every Tab stop shows a focus ring; nothing moves when the visitor
 * asks for reduced motion; a refused form's messages are announced and each is tied to its field.
 */
describe("keyboard, focus, motion and form errors, in both apps", () => {
  type Where = { app: App; as: Role; path: string };
  const where: Where[] = [
    { app: "portal", as: "anonymous", path: "/" },
    { app: "portal", as: "anonymous", path: "/avgifter" },
    { app: "admin", as: "erik", path: "/" },
    { app: "admin", as: "erik", path: "/innehall/riktlinjer/ny" },
  ];

  /** A fresh context for `as`, logged in at `app` when it is a persona. */
  async function open(app: App, as: Role, options: Parameters<Browser["newContext"]>[0] = {}) {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    if (as !== "anonymous") await logIn(page, watchRequests(page), app, as);
    return { context, page };
  }

  it.each(where)("$app $path as $as: the first Tab stop is the skip link, and it moves focus to <main>", async ({ app, as, path }) => {
    const { context, page } = await open(app, as);
    await page.goto(`${appUrl(app)}${path}`);
    await page.keyboard.press("Tab");
    const first = await page.evaluate(() => {
      const el = document.activeElement as HTMLAnchorElement | null;
      const box = el?.getBoundingClientRect();
      return { tag: el?.tagName, href: el?.getAttribute("href"), text: el?.textContent?.trim(), visible: !!box && box.width > 1 && box.height > 1 && box.top >= 0 };
    });
    expect(first).toMatchObject({ tag: "A", href: "#huvudinnehall", visible: true });
    expect(first.text).toBeTruthy();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("MAIN");
    await context.close();
  });

  it.each(where)("$app $path as $as: every Tab stop shows a focus ring", async ({ app, as, path }) => {
    const { context, page } = await open(app, as);
    await page.goto(`${appUrl(app)}${path}`);
    const unringed: string[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const ring = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== "none";
        const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} "${(el.textContent || el.getAttribute("aria-label") || (el as HTMLInputElement).name || "").trim().slice(0, 40)}"`;
        return { name, ring, key: `${name}@${Math.round(el.getBoundingClientRect().top + window.scrollY)}` };
      });
      if (!stop || seen.has(stop.key)) break;
      seen.add(stop.key);
      if (!stop.ring) unringed.push(stop.name);
    }
    expect(seen.size).toBeGreaterThan(3);
    expect(unringed).toEqual([]);
    await context.close();
  });

  it.each(["portal", "admin"] as const)("%s: with reduced motion asked for, nothing animates or transitions", async (app) => {
    const { context, page } = await open(app, app === "portal" ? "anonymous" : "erik", { reducedMotion: "reduce" });
    await page.goto(`${appUrl(app)}/`);
    // An element that would move (as a future component might), to show the app's stylesheet stops it.
    const moving = await page.evaluate(() => {
      const el = document.createElement("div");
      el.className = "prov-rorelse";
      el.style.cssText = "transition: opacity 2s ease; animation: none 2s infinite";
      document.querySelector("main")!.append(el);
      const durations: string[] = [];
      for (const node of Array.from(document.querySelectorAll("*"))) {
        const style = getComputedStyle(node);
        const longest = (list: string) => Math.max(...list.split(",").map((d) => (d.trim().endsWith("ms") ? parseFloat(d) / 1000 : parseFloat(d)) || 0));
        if (longest(style.transitionDuration) > 0.01 || longest(style.animationDuration) > 0.01) durations.push(`${node.tagName.toLowerCase()}.${node.className}`);
      }
      return { durations, scroll: getComputedStyle(document.documentElement).scrollBehavior };
    });
    expect(moving).toEqual({ durations: [], scroll: "auto" });
    await context.close();
  });

  /** After a refused submit: announced (an alert, or focus moved to the summary), and every message tied to its field. */
  async function refusedFormIsAnnounced(page: Page) {
    const state = await page.evaluate(() => {
      const text = (id: string) => document.getElementById(id)?.textContent?.trim() ?? "";
      const invalid = Array.from(document.querySelectorAll('main [aria-invalid="true"]')).map((field) => ({
        field: field.id || field.getAttribute("name"),
        describedBy: (field.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean).map(text).join(" "),
      }));
      const summaryLinks = Array.from(document.querySelectorAll('main [role="alert"] a[href^="#"], main [tabindex="-1"] a[href^="#"]')).map((a) => {
        const target = document.getElementById(a.getAttribute("href")!.slice(1));
        return { link: a.textContent?.trim(), target: !!target };
      });
      // Announced: an alert (read out as it appears), or focus moved to the summary of what to correct.
      const alert = document.querySelector('main [role="alert"]');
      const focused = document.activeElement;
      const focusedSummary = !!focused && focused.tagName !== "MAIN" && !!focused.closest("main") && focused.querySelector("a[href^='#']") !== null;
      return { invalid, summaryLinks, announced: !!alert?.textContent?.trim() || focusedSummary };
    });
    expect(state.announced, "the refusal is announced").toBe(true);
    expect(state.invalid.length, "fields are marked invalid").toBeGreaterThan(0);
    expect(state.invalid.filter((f) => !f.describedBy), "invalid fields without a message tied by aria-describedby").toEqual([]);
    expect(state.summaryLinks.filter((l) => !l.target), "summary links to fields that are not there").toEqual([]);
  }

  it("admin: a new guideline submitted empty is refused with a focused summary that links to each field", async () => {
    const { context, page } = await open("admin", "erik");
    await page.goto(`${adminUrl}/innehall/riktlinjer/ny`);
    await submitEmpty('button:has-text("Skapa utkast")', "#felsammanfattning")(page);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("felsammanfattning");
    await refusedFormIsAnnounced(page);
    await context.close();
  });

  it("admin: a CSV import sent without a file is refused with a focused summary that links to the file field", async () => {
    const { context, page } = await open("admin", "erik");
    await page.goto(`${adminUrl}/import`);
    await submitEmpty('form[enctype="multipart/form-data"] button[type="submit"]', "#felsammanfattning")(page);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("felsammanfattning");
    expect(await page.locator('#felsammanfattning a[href="#fil"]').count()).toBe(1);
    await refusedFormIsAnnounced(page);
    await context.close();
  });

  it("admin: the audit log's filter with a date that is not one is refused with a focused summary linking to the field", async () => {
    const { context, page } = await open("admin", "erik");
    // The date field takes only dates in a browser; the address can still carry anything.
    const response = await page.goto(`${adminUrl}/logg?fran=igar`);
    expect(response?.status()).toBe(400);
    await waitFor(page, "#felsammanfattning");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("felsammanfattning");
    expect(await page.locator('#felsammanfattning a[href="#fran"]').count()).toBe(1);
    await refusedFormIsAnnounced(page);
    await context.close();
  });

  it("portal: a refused request for a record copy announces its errors and ties each to its field", async () => {
    const { context, page } = await open("portal", "anna");
    await page.goto(`${portalUrl}/journalkopia/begaran`);
    await submitEmpty('button:has-text("Skicka beställningen")')(page);
    await refusedFormIsAnnounced(page);
    await context.close();
  });

  // The fee forms' error summary (FeeErrorSummary, also used by the access tool) was a role="group" that was
  // neither announced nor focused; it is an alert that takes focus now.
  it("portal: a refused fee quote announces its errors and ties each to its field", async () => {
    const { context, page } = await open("portal", "anonymous");
    await page.goto(`${portalUrl}/avgifter`);
    await page.locator("#kostnad-personnummer").fill("19850517-2829");
    await submitEmpty('button:has-text("Räkna ut avgiften")', "#kostnad-personnummer-fel")(page);
    await refusedFormIsAnnounced(page);
    await context.close();
  });
});

describe("fonts, styles and scripts are self-hosted", () => {
  const buildDir = process.env.BUILD_DIR ?? "build";
  it.each(["portal", "admin"] as const)("%s: the built stylesheets load nothing from another host, and no web font at all", (app) => {
    const assets = fileURLToPath(new URL(`../../${app}/${buildDir}/client/assets`, import.meta.url));
    const css = readdirSync(assets).filter((f) => f.endsWith(".css"));
    expect(css.length).toBeGreaterThan(0);
    for (const file of css) {
      const text = readFileSync(path.join(assets, file), "utf8");
      expect(text.match(/url\(\s*["']?(https?:)?\/\/[^)]*\)/g) ?? [], file).toEqual([]);
      expect(text.match(/@import[^;]*(https?:)?\/\//g) ?? [], file).toEqual([]);
      expect(text.includes("@font-face"), `${file}: the system font stack, no web font`).toBe(false);
    }
  });

  it.each(["portal", "admin"] as const)("%s: every script, stylesheet and icon in the document is the app's own", async (app) => {
    const page = await browser.newPage();
    const response = await page.goto(`${appUrl(app)}/tillganglighet`);
    const foreign = await page.evaluate(() =>
      Array.from(document.querySelectorAll("script[src], link[href], img[src], iframe[src], source[src]"))
        .map((el) => (el as HTMLScriptElement).src || (el as HTMLLinkElement).href)
        .filter((url) => new URL(url, location.href).origin !== location.origin),
    );
    expect(foreign).toEqual([]);
    // Remix loads its modules with <link rel="modulepreload"> and an inline module (with the CSP nonce) that imports
    // them. Read from the document as served: once hydrated, Remix drops those preloads and empties that script.
    const html = (await response?.text()) ?? "";
    const preloads = Array.from(html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g), (m) => /\bhref="([^"]+)"/.exec(m[0])?.[1] ?? "(no href)");
    const modules = Array.from(html.matchAll(/<script[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g), (m) => m[1]!).join("\n");
    const imports = Array.from(modules.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g), (m) => m[1]!);
    const sources = Array.from(html.matchAll(/<(?:script|img|iframe|source|link)\b[^>]*\b(?:src|href)="([^"#][^"]*)"/g), (m) => m[1]!);
    expect({ preloads: preloads.length > 0, imports: imports.length > 0 }, html.slice(0, 500)).toEqual({ preloads: true, imports: true });
    const own = new URL(appUrl(app)).origin;
    expect([...preloads, ...imports, ...sources].filter((url) => new URL(url, own).origin !== own)).toEqual([]);
    await page.close();
  });
});
