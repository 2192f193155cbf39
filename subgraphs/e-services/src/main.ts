import { runSubgraph } from "@vardportal/kit";
import { definition } from "./index.js";

await runSubgraph(definition);
