// Makes the local gateway key pair in data/ before any process starts, so subgraphs find the public key.
import path from "node:path";
import { repoRoot } from "../config.js";
import { ensureLocalKeyPair } from "../identity/keys.js";

const dataDir = process.env.DATA_DIR ?? path.join(repoRoot, "data");
const { created } = ensureLocalKeyPair(dataDir);
if (created) console.log(`Created a local gateway key pair in ${dataDir} (for local use only; never commit it).`);
