import { readFile } from "node:fs/promises";
import path from "node:path";
import { importSigningKey, repoRoot } from "@vardportal/kit";
import { HttpFeeLedger } from "./fee-ledger.js";
import { LocalPaymentProvider } from "./payment-provider.js";

export const E_SERVICES_PRIVATE_KEY_FILE = "e-services-service.key.pem";

/**
 * Where the fees ledger is and e-services' own signing key: `FEES_INTERNAL_URL` (default the fees
 * process's internal listener, port 4102) and `E_SERVICES_SIGNING_KEY` or the key file in `DATA_DIR`.
 */
export async function readCheckInConfig(env: NodeJS.ProcessEnv = process.env) {
  const dataDir = env.DATA_DIR || path.join(repoRoot, "data");
  const file = path.join(dataDir, E_SERVICES_PRIVATE_KEY_FILE);
  const pem = env.E_SERVICES_SIGNING_KEY?.replace(/\\n/g, "\n") ?? (await readFile(file, "utf8").catch(() => null));
  if (!pem) {
    console.error(`e-services: no service signing key: set E_SERVICES_SIGNING_KEY or run 'npm start' (it creates ${file}).`);
    process.exit(1);
  }
  const url = env.FEES_INTERNAL_URL || "http://127.0.0.1:4102/graphql";
  return { ledger: new HttpFeeLedger(url, await importSigningKey(pem)), paymentProvider: new LocalPaymentProvider() };
}
