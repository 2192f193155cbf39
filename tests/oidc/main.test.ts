import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const testsDir = fileURLToPath(new URL("..", import.meta.url));

/** `node --import tsx oidc/main.ts` from tests/, as `npm start` runs it. */
function run(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "oidc/main.ts"], {
    cwd: testsDir,
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), "vardportal-oidc-main-"));
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe("oidc/main.ts", () => {
  it("refuses to start with a bad variable and names it", async () => {
    const { exited, output } = run({ DATA_DIR: dataDir, PORT: "forty-one hundred", HOST: "0.0.0.0", PORTAL_URL: "portal" });
    expect(await exited).toBe(1);
    const { stderr } = output();
    expect(stderr).toMatch(/PORT/);
    expect(stderr).toMatch(/HOST: must be a loopback address/);
    expect(stderr).toMatch(/PORTAL_URL/);
  });

  it("logs one JSON line when ready, serves discovery, and stops cleanly on SIGTERM", async () => {
    const { child, exited, output } = run({ DATA_DIR: dataDir, PORT: "0", LOG_LEVEL: "info" });
    const ready = await new Promise<{ issuer: string }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not ready: ${JSON.stringify(output())}`)), 20_000);
      child.stdout.on("data", () => {
        const line = output()
          .stdout.split("\n")
          .find((l) => l.includes('"msg":"ready"'));
        if (line) {
          clearTimeout(timer);
          resolve(JSON.parse(line) as { issuer: string });
        }
      });
      void exited.then((code) => reject(new Error(`exited with ${code}: ${JSON.stringify(output())}`)));
    });
    expect(ready.issuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${ready.issuer}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { issuer: string }).issuer).toBe(ready.issuer);

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});
