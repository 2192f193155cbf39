import { runSubgraph } from "@vardportal/kit";
import { definition } from "./index.js";
import { runInternalListener } from "./internal/run.js";

await runSubgraph(definition);
await runInternalListener();
