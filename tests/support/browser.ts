import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type Page } from "playwright-core";

/** Debian's Chromium, headless, with nothing that reaches outside this machine. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

export const wcag21aa = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Runs axe-core in the page against WCAG 2.1 A and AA. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  return axeViolationsTagged(page, wcag21aa);
}

/** Runs axe-core in the page with the rules of these tags (e.g. WCAG 2.1 AA and axe's "best-practice"). */
export async function axeViolationsTagged(page: Page, tags: string[]): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, not added as an inline <script>: the pages' CSP (nonces, no
  // 'unsafe-inline') blocks an injected script tag, and a test should not have to turn the CSP off to run axe.
  await page.evaluate(axeSource);
  return page.evaluate(async (values) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, tags);
}

/** Every request the page makes must stay on this machine: no third-party request of any kind. */
export function recordForeignRequests(page: Page, allowedOrigin: string): string[] {
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(allowedOrigin) && !url.startsWith("data:")) foreign.push(url);
  });
  return foreign;
}

/**
 * After a click, a client-side navigation changes the URL a moment before React shows the new page
 * (`waitForURL` resolves on the URL): wait for what the page should say before reading it.
 */
export async function waitForText(page: Page, text: string | RegExp): Promise<void> {
  await page.locator("main").filter({ hasText: text }).waitFor({ timeout: 15_000 });
}

/** The findings a page must not have: axe's serious and critical ones (moderate and minor are reported, not failed). */
export function seriousOrCritical(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

export type WatchedRequest = { url: string; origin: string; during: string };

export interface RequestWatch {
  /** Every http(s) request the page made, with what the walk was doing at the time. */
  readonly requests: WatchedRequest[];
  /** Those that went to an origin the walk did not allow at that moment. */
  readonly foreign: WatchedRequest[];
  /** From now on, requests are made `during` this step and may go to exactly these origins (scheme, host and port). */
  during(step: string, allowedOrigins: string[]): void;
}

/**
 * Records every request a page makes and which step of a walk made it, comparing whole origins (not a URL
 * prefix: http://127.0.0.1:5300 must not let http://127.0.0.1:53001 through). A log-in step allows the
 * identity provider's origin as well; every other step only the app's own. data: and blob: URLs stay in the page.
 */
export function watchRequests(page: Page): RequestWatch {
  let step = "(before the first step)";
  let allowed = new Set<string>();
  const requests: WatchedRequest[] = [];
  const foreign: WatchedRequest[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!/^https?:/.test(url)) return;
    const seen = { url, origin: new URL(url).origin, during: step };
    requests.push(seen);
    if (!allowed.has(seen.origin)) foreign.push(seen);
  });
  return {
    requests,
    foreign,
    during(next, allowedOrigins) {
      step = next;
      allowed = new Set(allowedOrigins.map((o) => new URL(o).origin));
    },
  };
}
