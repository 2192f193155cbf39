import { fileURLToPath } from "node:url";
import { writeSchemaFile } from "@vardportal/kit";
import { definition } from "./index.js";

await writeSchemaFile(definition, fileURLToPath(new URL("../schema.graphql", import.meta.url)));
