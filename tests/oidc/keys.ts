import { randomUUID } from "node:crypto";
import { link, mkdir, readFile, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from "jose";

export const JWKS_FILE = "oidc-jwks.json";

export type PrivateJwks = { keys: JWK[] };

function isPrivateJwks(value: unknown): value is PrivateJwks {
  if (typeof value !== "object" || value === null || !Array.isArray((value as PrivateJwks).keys)) return false;
  const { keys } = value as PrivateJwks;
  return keys.length > 0 && keys.every((key) => typeof key.kty === "string" && typeof key.kid === "string" && typeof key.d === "string");
}

async function generateJwks(): Promise<PrivateJwks> {
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { keys: [{ ...jwk, kid: await calculateJwkThumbprint(jwk), alg: "RS256", use: "sig" }] };
}

/**
 * The provider's signing keys, made once and kept in DATA_DIR so that a restart keeps every token
 * already handed out verifiable. The file appears whole and only once (written aside, then
 * hard-linked into place): if two processes start at once, the second uses what the first wrote.
 */
export async function loadOrCreateJwks(dataDir: string): Promise<PrivateJwks> {
  const file = path.join(dataDir, JWKS_FILE);
  const existing = await readJwks(file);
  if (existing) return existing;
  await mkdir(dataDir, { recursive: true });
  const jwks = await generateJwks();
  const aside = `${file}.${randomUUID()}.tmp`;
  await writeFile(aside, `${JSON.stringify(jwks, null, 2)}\n`, { mode: 0o600 });
  try {
    await link(aside, file);
    return jwks;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return (await readJwks(file)) ?? jwks;
  } finally {
    await unlink(aside);
  }
}

async function readJwks(file: string): Promise<PrivateJwks | undefined> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!isPrivateJwks(parsed)) throw new Error(`${file} is not a private JSON Web Key Set; remove it to make a new one.`);
  return parsed;
}
