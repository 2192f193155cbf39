import { readFileSync } from "node:fs";
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import { defaultSubgraphUrl, schemaFileOf, subgraphList } from "./subgraphs.js";

export const SUPERGRAPH_HEADER = "# Composed by `npm run compose` from subgraphs/*/schema.graphql. Do not edit by hand.\n";

/**
 * Composes the committed subgraph schemas into the supergraph the gateway serves. Run at build
 * time only: production loads the committed file and never composes (docs/decisions/005).
 */
export function composeSupergraph(): string {
  const services = subgraphList.map((s) => ({
    name: s.name,
    url: defaultSubgraphUrl(s.port),
    typeDefs: parse(readFileSync(schemaFileOf(s.name), "utf8")),
  }));
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join("\n")}`);
  }
  return `${SUPERGRAPH_HEADER}${result.supergraphSdl.trim()}\n`;
}
