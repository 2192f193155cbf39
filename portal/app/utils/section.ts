import { z } from "zod";
import type { GatewayResult } from "./gateway.server";

/** One part of a page fed by one root field of a GraphQL operation. */
export type Section<T> = { status: "ok"; data: T } | { status: "unavailable" };

const unavailable = { status: "unavailable" } as const;

/**
 * Reads one root field of a gateway answer. When a subgraph is down the gateway answers the other fields and
 * an error whose path starts with the missing one; that section, and one whose shape is not what the page
 * expects, is "unavailable" while the rest of the page renders. When a whole subgraph fetch fails the gateway's
 * error has no path at all, so a null next to a path-less error is "unavailable" too. A null the schema allows,
 * with no error at all, is data ("nothing to show"), not a failure.
 */
export function readSection<Schema extends z.ZodType>(
  result: GatewayResult,
  field: string,
  schema: Schema,
): Section<z.output<Schema>> {
  if (result.data === null || !(field in result.data)) return unavailable;
  const value = result.data[field];
  if (value === null && result.errors.some((error) => !error.path?.length || error.path[0] === field)) return unavailable;
  const parsed = schema.safeParse(value);
  return parsed.success ? { status: "ok", data: parsed.data } : unavailable;
}

export function mapSection<T, U>(section: Section<T>, map: (data: T) => U): Section<U> {
  return section.status === "ok" ? { status: "ok", data: map(section.data) } : section;
}

/**
 * A connection's `edges` as its nodes. A node the gateway had to null out (a partial error inside the
 * list) is left out, not the whole list.
 */
export function edgeNodes<Node>(node: z.ZodType<Node>) {
  return z
    .array(z.object({ node: node.nullable() }).nullable())
    .transform((list) => list.flatMap((edge) => (edge?.node ? [edge.node] : [])));
}
