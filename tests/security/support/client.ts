import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { inject } from "vitest";
import { repoRoot } from "@vardportal/kit/config";
import { loginWithCode } from "../../oidc/login.js";

export const gatewayUrl = inject("gatewayUrl");
export const portalUrl = inject("portalUrl");
export const issuer = inject("oidcIssuer");
export const dataDir = inject("securityDataDir");
export const subgraphUrls = inject("subgraphUrls");

export type GraphqlError = { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> };
export type Answer<T = Record<string, unknown>> = { status: number; headers: Headers; text: string; data?: T | null; errors?: GraphqlError[] };

export const codeOf = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) => answer.errors?.[0]?.extensions?.code;

/** One POST to a GraphQL endpoint, the answer's status, headers and body kept. */
export async function post<T = Record<string, unknown>>(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer<T>> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
  const text = await response.text();
  let parsed: { data?: T | null; errors?: GraphqlError[] } = {};
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    // not JSON: the test looks at text
  }
  return { status: response.status, headers: response.headers, text, ...parsed };
}

export type Persona = "anna" | "gustav" | "elsa" | "nils" | "ada" | "erik" | "alva";
const tokens = new Map<Persona, Promise<string>>();

/** A real access token for a persona, from a real log-in at the local identity provider (cached per file). */
export function accessToken(persona: Persona): Promise<string> {
  let token = tokens.get(persona);
  if (!token) {
    token = loginWithCode({ issuer, clientId: "vardportal-portal", clientSecret: "local-portal-secret", redirectUri: `${portalUrl}/auth/callback`, persona }).then((t) => t.accessToken);
    tokens.set(persona, token);
  }
  return token;
}

/** A query to the stack's gateway as a persona (or anonymous). */
export async function gql<T = Record<string, unknown>>(query: string, options: { as?: Persona | null; variables?: Record<string, unknown>; url?: string; body?: Record<string, unknown> } = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = {};
  if (options.as) headers.authorization = `Bearer ${await accessToken(options.as)}`;
  return post<T>(options.url ?? gatewayUrl, { query, variables: options.variables, ...options.body }, headers);
}

/** No stack trace, file path or internal address in what a client sees. */
export const leaksNothing = (text: string) => !/\n\s+at |\.ts:\d+|node_modules|127\.0\.0\.1:\d+|SQLITE|QueryFailedError/.test(text);

export interface ExtraGateway {
  url: string;
  stop: () => Promise<void>;
}

let extraPort = inject("extraGatewayPort");

/**
 * A second gateway over the same subgraphs and identity provider, started as `npm start` starts one but with
 * other settings (NODE_ENV=production, a low rate limit): the stack's own gateway runs in development mode.
 */
export async function startExtraGateway(env: Record<string, string>): Promise<ExtraGateway> {
  const port = extraPort++;
  const subgraphEnv = { CARE_UNITS_URL: subgraphUrls["care-units"]!, FEES_URL: subgraphUrls.fees!, E_SERVICES_URL: subgraphUrls["e-services"]!, ARCHIVE_URL: subgraphUrls.archive!, GUIDELINES_URL: subgraphUrls.guidelines! };
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: path.join(repoRoot, "gateway"),
    env: { ...process.env, ...subgraphEnv, DATA_DIR: dataDir, HOST: "127.0.0.1", PORT: String(port), OIDC_ISSUER: issuer, LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the extra gateway stopped: ${stderr}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the extra gateway was not ready in time: ${stderr}`);
    }
    const ready = await fetch(`${base}/ready`).then((r) => r.ok, () => false);
    if (ready) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url: `${base}/graphql`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
      }),
  };
}
