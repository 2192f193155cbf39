// Makes the local key pairs in data/ before any process starts: the gateway's (subgraphs read its public
// key) and e-services' service key (the fees check-in listener reads its public key; decision 012).
import path from "node:path";
import { repoRoot } from "../config.js";
import { ensureLocalKeyPair, localKeyPairs } from "../identity/keys.js";

const dataDir = process.env.DATA_DIR ?? path.join(repoRoot, "data");
for (const name of localKeyPairs) {
  const { created } = ensureLocalKeyPair(dataDir, name);
  if (created) console.log(`Created the local key pair ${name} in ${dataDir} (for local use only; never commit it).`);
}
