import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error autocannon ships no types
import autocannon from "autocannon";
import { startOwnStack, type OwnStack } from "./support/own-stack.js";

/**
 * Under load, with a failure (bounded: three phases of a few seconds each on loopback): the busiest portal pages —
 * home, Hitta vård, a unit page, Avgifter — under autocannon; fees is SIGKILLed a second into the second phase,
 * and started again before the third. No 5xx from the portal at any time, no socket errors or timeouts; while fees
 * is gone the pages that show fees carry the notice and Hitta vård (no fees on it) never does; after the restart
 * every page is whole again. The gateway's five-second anonymous cache (decision 018) stays on, as in production.
 */
let stack: OwnStack;
const UNIT = "/hitta-vard/SE2321000230-EX17";
const paths = ["/", "/hitta-vard", UNIT, "/avgifter"] as const;
type Path = (typeof paths)[number];
const usesFees: Record<Path, boolean> = { "/": true, "/hitta-vard": false, [UNIT]: true, "/avgifter": true };

type Phase = {
  requests: number;
  rps: number;
  p95: number;
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
  /** Per path: responses, and how many carried a notice. */
  byPath: Record<string, { responses: number; notices: number; serverErrors: number }>;
};

function load(seconds: number, during?: () => Promise<void>): Promise<Phase> {
  const byPath: Phase["byPath"] = Object.fromEntries(paths.map((p) => [p, { responses: 0, notices: 0, serverErrors: 0 }]));
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: stack.portalUrl,
        connections: 8,
        duration: seconds,
        timeout: 10,
        requests: paths.map((path) => ({
          method: "GET",
          path,
          onResponse: (status: number, body: string) => {
            const seen = byPath[path]!;
            seen.responses++;
            if (status >= 500) seen.serverErrors++;
            if (/kan inte [a-zåäö ]{2,20} just nu/.test(body ?? "")) seen.notices++;
          },
        })),
      },
      (error: Error | null, result: { requests: { total: number; average: number }; latency: { p97_5: number }; statusCodeStats: Record<string, { count: number }>; errors: number; timeouts: number }) => {
        if (error) return reject(error);
        resolve({
          requests: result.requests.total,
          rps: result.requests.average,
          p95: result.latency.p97_5,
          statuses: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count])),
          errors: result.errors,
          timeouts: result.timeouts,
          byPath,
        });
      },
    );
    if (during) void during().catch(reject);
    void instance;
  });
}

const serverErrors = (phase: Phase) => Object.entries(phase.statuses).filter(([code]) => Number(code) >= 500);

beforeAll(async () => {
  stack = await startOwnStack({ extraOffset: 110 });
  // Warm up: the first request of each page compiles nothing, but fills the gateway's plan cache.
  for (const path of paths) await (await fetch(`${stack.portalUrl}${path}`)).arrayBuffer();
});
afterAll(async () => {
  await stack?.close();
});

describe("the busiest pages under load while fees dies and comes back", () => {
  it("never a 5xx; the notice only where fees was shown, while it was gone; whole again after the restart", async () => {
    const before = await load(5);
    const during = await load(9, async () => {
      await new Promise((r) => setTimeout(r, 1_000));
      await stack.stop("fees", "SIGKILL");
    });
    await stack.start("fees");
    // The gateway asks fees again at once (answers with errors are never cached), so no wait is needed.
    const after = await load(5);
    console.info(JSON.stringify({ before, during, after }, null, 1));

    for (const [name, phase] of Object.entries({ before, during, after })) {
      expect(serverErrors(phase), name).toEqual([]);
      expect(phase.errors, `${name}: socket errors`).toBe(0);
      expect(phase.timeouts, `${name}: timeouts`).toBe(0);
      expect(phase.requests, `${name}: requests`).toBeGreaterThan(20);
      for (const path of paths) expect(phase.byPath[path]!.responses, `${name} ${path}`).toBeGreaterThan(0);
    }
    for (const path of paths) {
      expect(before.byPath[path]!.notices, `before ${path}`).toBe(0);
      expect(after.byPath[path]!.notices, `after ${path}`).toBe(0);
      // Within the nine seconds the five-second cache has run out: pages with fees on them show the notice.
      if (usesFees[path]) expect(during.byPath[path]!.notices, `during ${path}`).toBeGreaterThan(0);
      else expect(during.byPath[path]!.notices, `during ${path}`).toBe(0);
    }
    expect(Object.keys(during.statuses)).toEqual(["200"]);
  });
});
