import { generateKeyPairSync } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const PRIVATE_KEY_FILE = "gateway-identity.key.pem";
export const PUBLIC_KEY_FILE = "gateway-identity.pub.pem";

export interface KeyPairPem {
  privateKey: string;
  publicKey: string;
}

export function generateKeyPairPem(): KeyPairPem {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519", {
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  });
  return { privateKey, publicKey };
}

/** The local key pairs `npm start` and the tests make: the gateway's, and e-services' service key (decision 012). */
export const localKeyPairs = ["gateway-identity", "e-services-service"] as const;

/**
 * For local use only: a key pair (by default the gateway's) lives in data/ (git-ignored) and is made on
 * first start. In production GATEWAY_SIGNING_KEY and GATEWAY_PUBLIC_KEY come from the environment.
 */
export function ensureLocalKeyPair(dataDir: string, name = "gateway-identity"): KeyPairPem & { created: boolean } {
  const privatePath = path.join(dataDir, `${name}.key.pem`);
  const publicPath = path.join(dataDir, `${name}.pub.pem`);
  if (existsSync(privatePath) && existsSync(publicPath)) {
    return { privateKey: readFileSync(privatePath, "utf8"), publicKey: readFileSync(publicPath, "utf8"), created: false };
  }
  mkdirSync(dataDir, { recursive: true });
  const pair = generateKeyPairPem();
  writeFileSync(privatePath, pair.privateKey, { mode: 0o600 });
  writeFileSync(publicPath, pair.publicKey, { mode: 0o644 });
  return { ...pair, created: true };
}

/** Reads the gateway's public key for a subgraph, or says exactly what to do. */
export function readPublicKeyPem(inline: string | undefined, file: string): string {
  if (inline) return inline.replace(/\\n/g, "\n");
  if (!existsSync(file)) {
    throw new Error(
      `The gateway's public key was not found at ${file}. Run 'npm start' from the repository root ` +
        `(it creates a local key pair in data/), or set GATEWAY_PUBLIC_KEY.`,
    );
  }
  return readFileSync(file, "utf8");
}
