import path from "node:path";
import { repoRoot } from "@vardportal/kit/config";

/** The five subgraphs, in composition order, with their local default ports. */
export const subgraphList = [
  { name: "care-units", env: "CARE_UNITS_URL", port: 4001 },
  { name: "fees", env: "FEES_URL", port: 4002 },
  { name: "e-services", env: "E_SERVICES_URL", port: 4003 },
  { name: "archive", env: "ARCHIVE_URL", port: 4004 },
  { name: "guidelines", env: "GUIDELINES_URL", port: 4005 },
] as const;

export type SubgraphName = (typeof subgraphList)[number]["name"];

export const defaultSubgraphUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;

export const schemaFileOf = (name: string) => path.join(repoRoot, "subgraphs", name, "schema.graphql");

export const supergraphFile = path.join(repoRoot, "gateway", "supergraph.graphql");
