import { HeaderMap } from "@apollo/server";
import {
  GraphQLError,
  Kind,
  Lexer,
  getOperationAST,
  Source,
  TokenKind,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
// The CommonJS build on purpose: its ESM build imports graphql's .mjs files, a second copy of graphql beside
// the CommonJS one Apollo uses, and a schema from one is refused by the other ("another module or realm").
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity/cjs";
import type { OperationLimits } from "./config.js";

/** A refusal of the whole request: HTTP 400 (unless told), a code, the limit and what the request had. */
export function limitError(code: string, message: string, extensions: Record<string, unknown> = {}, status = 400, headers: [string, string][] = []): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status, headers: new HeaderMap(headers) } } });
}

/** Lexical tokens in a document, as graphql's parser counts them for `maxTokens` (comments excluded). */
export function countTokens(source: string): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

export interface DocumentMeasure {
  depth: number;
  aliases: number;
  rootFields: number;
  /** Every field at the top is `__schema`/`__type`: an introspection query (refused in production anyway). */
  introspectionOnly: boolean;
}

interface SetMeasure {
  depth: number;
  aliases: number;
  top: number;
  topNames: string[];
}

/**
 * Depth, aliases and top-level fields of the operation that would run (all operations when the
 * name does not pick one: the worst counts). Fragments are followed and counted each time they are
 * spread, so a fragment cannot hide an alias bomb; each fragment is measured once (no blow-up on
 * fragments that spread fragments), and a cycle counts nothing (validation refuses it afterwards).
 */
export function measureDocument(document: DocumentNode, operationName?: string | null): DocumentMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  const memo = new Map<string, SetMeasure>();
  const empty: SetMeasure = { depth: 0, aliases: 0, top: 0, topNames: [] };

  const measureSet = (set: SelectionSetNode, active: Set<string>): SetMeasure => {
    const result: SetMeasure = { depth: 0, aliases: 0, top: 0, topNames: [] };
    for (const selection of set.selections) {
      let inner: SetMeasure;
      if (selection.kind === Kind.FIELD) {
        const below = selection.selectionSet ? measureSet(selection.selectionSet, active) : empty;
        inner = { depth: 1 + below.depth, aliases: below.aliases + (selection.alias ? 1 : 0), top: 1, topNames: [selection.name.value] };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = measureSet(selection.selectionSet, active);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || active.has(name)) continue;
        let measured = memo.get(name);
        if (!measured) {
          measured = measureSet(fragment.selectionSet, new Set([...active, name]));
          memo.set(name, measured);
        }
        inner = measured;
      }
      result.depth = Math.max(result.depth, inner.depth);
      result.aliases += inner.aliases;
      result.top += inner.top;
      if (result.topNames.length < 100) result.topNames.push(...inner.topNames.slice(0, 100));
    }
    return result;
  };

  const chosen = operations.filter((op) => !operationName || op.name?.value === operationName);
  const measures = (chosen.length > 0 ? chosen : operations).map((op) => measureSet(op.selectionSet, new Set()));
  return {
    depth: Math.max(0, ...measures.map((m) => m.depth)),
    aliases: Math.max(0, ...measures.map((m) => m.aliases)),
    rootFields: Math.max(0, ...measures.map((m) => m.top)),
    introspectionOnly: measures.length > 0 && measures.every((m) => m.topNames.length > 0 && m.topNames.every((n) => n === "__schema" || n === "__type")),
  };
}

const measures = new WeakMap<DocumentNode, Map<string, DocumentMeasure>>();

/**
 * `measureDocument`, remembered per parsed document (Apollo keeps one parsed document per query text, so a
 * known operation is measured once) and operation name.
 */
export function measured(document: DocumentNode, operationName?: string | null): DocumentMeasure {
  let byName = measures.get(document);
  if (!byName) measures.set(document, (byName = new Map()));
  let measure = byName.get(operationName ?? "");
  if (!measure) byName.set(operationName ?? "", (measure = measureDocument(document, operationName)));
  return measure;
}

/** The parser's own refusal past `maxTokens` (graphql's message), which the error formatter codes TOO_MANY_TOKENS. */
export const TOKEN_LIMIT_MESSAGE = /Document contains more tha[nt] (\d+) tokens/; // graphql 16 writes "more that"

/**
 * The limits that need no schema on a parsed document: depth, aliases and top-level fields.
 * Throws the coded refusal. (Tokens are the parser's own limit: `parse(source, { maxTokens })`.)
 */
export function checkDocument(document: DocumentNode, operationName: string | null | undefined, limits: OperationLimits, options: { allowIntrospection?: boolean } = {}): void {
  const measure = measured(document, operationName);
  // Development tools' introspection query nests `ofType` deeper than any of ours; production refuses introspection itself.
  if (measure.introspectionOnly && options.allowIntrospection) return;
  if (measure.depth > limits.maxDepth) {
    throw limitError("QUERY_TOO_DEEP", `The query nests ${measure.depth} levels deep; at most ${limits.maxDepth} are accepted.`, { limit: limits.maxDepth, value: measure.depth });
  }
  if (measure.aliases > limits.maxAliases) {
    throw limitError("TOO_MANY_ALIASES", `The query has ${measure.aliases} aliases; at most ${limits.maxAliases} are accepted.`, { limit: limits.maxAliases, value: measure.aliases });
  }
  if (measure.rootFields > limits.maxRootFields) {
    throw limitError("TOO_MANY_ROOT_FIELDS", `The operation asks for ${measure.rootFields} top-level fields; at most ${limits.maxRootFields} are accepted.`, {
      limit: limits.maxRootFields,
      value: measure.rootFields,
    });
  }
}

/** Tokens, then parse, then `checkDocument`: what a request's text goes through (for tests and tools). */
export function checkSource(source: string, operationName: string | null | undefined, limits: OperationLimits, options: { allowIntrospection?: boolean } = {}): DocumentNode {
  const tokens = countTokens(source);
  if (tokens > limits.maxTokens) {
    throw limitError("TOO_MANY_TOKENS", `The query has ${tokens} tokens; at most ${limits.maxTokens} are accepted.`, { limit: limits.maxTokens, value: tokens });
  }
  const document = parse(source, { maxTokens: limits.maxTokens, noLocation: true });
  checkDocument(document, operationName, limits, options);
  return document;
}

const pageArguments = ["first", "last"];

/**
 * The cost estimator: every field costs 1 plus what it selects; a paged field (one with a `first`
 * or `last` argument) costs that many times (1 + what one item selects), at the page size the
 * operation asks for or, when it gives none, the default page size. A plain list field (a
 * connection's `edges`, a schedule's lines) is bounded by its page or by its data and is counted once.
 */
export function pagedCostEstimator(defaultPageSize: number): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    const paged = field.args.find((a) => pageArguments.includes(a.name));
    if (!paged) return 1 + childComplexity;
    const given = pageArguments.map((name) => args[name]).find((v): v is number => typeof v === "number");
    return (1 + childComplexity) * Math.max(1, given ?? defaultPageSize);
  };
}

/** The estimated cost of the operation with these variables (graphql-query-complexity). */
export function estimateCost(schema: GraphQLSchema, document: DocumentNode, options: { operationName?: string | null; variables?: Record<string, unknown>; defaultPageSize: number }): number {
  return getComplexity({
    schema,
    query: document,
    operationName: options.operationName ?? undefined,
    variables: options.variables ?? {},
    estimators: [pagedCostEstimator(options.defaultPageSize)],
  });
}

/** Throws QUERY_TOO_COMPLEX past the limit; the estimate, or undefined when the variables do not fit the operation. */
export function checkCost(schema: GraphQLSchema, document: DocumentNode, options: { operationName?: string | null; variables?: Record<string, unknown> }, limits: OperationLimits): number | undefined {
  let cost: number;
  try {
    cost = estimateCost(schema, document, { ...options, defaultPageSize: limits.defaultPageSize });
  } catch {
    // Bad variables: execution refuses them with BAD_USER_INPUT in the usual way (nothing is planned or sent).
    return undefined;
  }
  if (cost > limits.maxCost) {
    throw limitError("QUERY_TOO_COMPLEX", `The query's estimated cost is ${cost}; at most ${limits.maxCost} is accepted. Ask for smaller pages or fewer nested lists.`, {
      limit: limits.maxCost,
      value: cost,
    });
  }
  return cost;
}

const costs = new WeakMap<DocumentNode, Map<string, number>>();
const COSTS_PER_DOCUMENT = 200;

/**
 * What the cost can depend on besides the document: the Int variables (a page size can only come from one)
 * and the Boolean ones (`@include`/`@skip`). Strings, dates and input objects never change the estimate, so
 * a search with new words or a new `$now` reuses the estimate.
 */
function costKey(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined): string {
  const operation = getOperationAST(document, operationName);
  const relevant = (operation?.variableDefinitions ?? []).filter((d) => {
    let type = d.type;
    while (type.kind !== Kind.NAMED_TYPE) type = type.type;
    return type.name.value === "Int" || type.name.value === "Boolean";
  });
  return JSON.stringify([operationName ?? null, relevant.map((d) => variables?.[d.variable.name.value] ?? null)]);
}

/**
 * The limits on a resolved operation: depth, aliases and top-level fields, then the cost with the
 * request's variables. Runs in `didResolveOperation` (gateway.ts), after Apollo has parsed the
 * document under `maxTokens` and validated it, before anything is planned or sent to a subgraph.
 * The measures and estimates are remembered per parsed document (see `measured`, `costKey`).
 */
export function checkOperationLimits(
  request: { document: DocumentNode; schema: GraphQLSchema; operationName?: string | null; variables?: Record<string, unknown> },
  limits: OperationLimits,
  options: { allowIntrospection: boolean },
): void {
  if (options.allowIntrospection && measured(request.document, request.operationName).introspectionOnly) return;
  checkDocument(request.document, request.operationName, limits, options);
  let byKey = costs.get(request.document);
  if (!byKey) costs.set(request.document, (byKey = new Map()));
  const key = costKey(request.document, request.operationName, request.variables);
  const known = byKey.get(key);
  if (known !== undefined && known <= limits.maxCost) return;
  const cost = checkCost(request.schema, request.document, { operationName: request.operationName, variables: request.variables }, limits);
  // Only an estimate that was made is remembered: variables that did not fit must not vouch for the next request.
  if (cost === undefined) return;
  if (byKey.size >= COSTS_PER_DOCUMENT) byKey.delete(byKey.keys().next().value!);
  byKey.set(key, cost);
}
