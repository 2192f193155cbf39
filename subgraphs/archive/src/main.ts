import path from "node:path";
import { readConfigOrExit, runSubgraph, subgraphConfigSchema } from "@vardportal/kit";
import { archiveDefinition } from "./index.js";

const { dataDir } = readConfigOrExit(subgraphConfigSchema("archive", 4004));
await runSubgraph(archiveDefinition({ attachmentsDir: path.join(dataDir, "archive-attachments") }));
