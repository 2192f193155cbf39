import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/index.js";
import { type GraphQLSchema } from "graphql";
import { gql } from "graphql-tag";
import { buildSchema, createResolversMap, type NonEmptyArray } from "type-graphql";
import { authChecker } from "../server/auth-checker.js";
import type { SubgraphContext } from "../server/context.js";
import { validateArgs } from "./validate-args.js";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Constructor = Function;

export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])';

/** Loads one entity by its key fields; the kit batches calls through a per-request DataLoader. */
export type ReferenceBatch = (refs: readonly Record<string, unknown>[], context: SubgraphContext) => Promise<(object | null)[]>;

export interface SchemaDefinition {
  resolvers: NonEmptyArray<Constructor>;
  orphanedTypes?: Constructor[];
  references?: Record<string, ReferenceBatch>;
}

function referenceResolvers(references: Record<string, ReferenceBatch>): GraphQLResolverMap<unknown> {
  const map: GraphQLResolverMap<unknown> = {};
  for (const [typeName, batch] of Object.entries(references)) {
    map[typeName] = {
      __resolveReference: (ref: Record<string, unknown>, context: unknown) =>
        (context as SubgraphContext).loaders
          .get<Record<string, unknown>, object>(`ref:${typeName}`, (refs) => batch(refs, context as SubgraphContext), (r) => JSON.stringify(r))
          .load(ref),
    };
  }
  return map;
}

/**
 * type-graphql builds the schema from the classes; Apollo's subgraph library then adds the
 * federation parts (_entities, _service, @link) on top of the printed SDL.
 */
export async function buildFederatedSchema(definition: SchemaDefinition): Promise<GraphQLSchema> {
  const typeGraphqlSchema = await buildSchema({
    resolvers: definition.resolvers,
    orphanedTypes: definition.orphanedTypes,
    authChecker,
    // class-validator on object arguments, as `validate: true` does, without its per-call dynamic import.
    validateFn: validateArgs,
    skipCheck: true,
  });
  const resolvers = createResolversMap(typeGraphqlSchema) as GraphQLResolverMap<unknown>;
  for (const [typeName, extra] of Object.entries(referenceResolvers(definition.references ?? {}))) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(extra as object) } as never;
  }
  return buildSubgraphSchema({
    typeDefs: gql(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(typeGraphqlSchema)}`),
    resolvers,
  });
}
