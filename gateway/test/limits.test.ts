import { readFileSync } from "node:fs";
import { Supergraph } from "@apollo/federation-internals";
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  Kind,
  parse,
  typeFromAST,
  validate,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { describe, expect, it } from "vitest";
import { defaultLimits } from "../src/config.js";
import { checkCost, checkSource, countTokens, estimateCost, measureDocument } from "../src/limits.js";
import { readPersistedOperations } from "../src/persisted-operations.js";
import { supergraphFile } from "../src/subgraphs.js";

const schema: GraphQLSchema = Supergraph.build(readFileSync(supergraphFile, "utf8")).apiSchema().toGraphQLJSSchema();
const MAX_PAGE = 100;

/** The worst case a variable can be: the largest page for `first`/`last`, a plain valid value otherwise. */
function worstValue(name: string, type: GraphQLInputType): unknown {
  if (type instanceof GraphQLNonNull) return worstValue(name, type.ofType as GraphQLInputType);
  if (type instanceof GraphQLList) return [worstValue(name, type.ofType as GraphQLInputType)];
  if (type instanceof GraphQLEnumType) return type.getValues()[0]!.value;
  if (type instanceof GraphQLInputObjectType) {
    return Object.fromEntries(Object.values(type.getFields()).filter((f) => f.type instanceof GraphQLNonNull).map((f) => [f.name, worstValue(f.name, f.type)]));
  }
  const scalar = (type as GraphQLScalarType).name;
  if (scalar === "Int") return ["first", "last"].includes(name) ? MAX_PAGE : 1;
  if (scalar === "Float") return 1;
  if (scalar === "Boolean") return true;
  if (scalar === "DateTimeISO") return "2026-03-02T09:00:00.000Z";
  if (scalar === "JSONObject") return {};
  return "x";
}

function worstVariables(operation: OperationDefinitionNode): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (type) variables[definition.variable.name.value] = worstValue(definition.variable.name.value, type);
  }
  return variables;
}

const manifest = readPersistedOperations();

describe("every operation the portal and the admin send passes the limits", () => {
  it("the manifest is not empty", () => {
    expect(manifest.size).toBeGreaterThan(20);
  });

  it.each([...manifest.entries()].map(([hash, document]) => [document.match(/(query|mutation)\s+(\w+)/)?.[2] ?? hash, document]))(
    "%s: within tokens, depth, aliases, top-level fields and cost (pages at 100)",
    (_name, text) => {
      expect(countTokens(text)).toBeLessThanOrEqual(defaultLimits.maxTokens);
      const document = checkSource(text, undefined, defaultLimits);
      expect(document).toBeDefined();
      for (const operation of document!.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
        const single = { ...document!, definitions: [operation, ...document!.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)] };
        // Only operations the current supergraph knows can be costed (an app ahead of its subgraph fails its own tests).
        if (validate(schema, single).length > 0) continue;
        const cost = checkCost(schema, single, { variables: worstVariables(operation) }, defaultLimits);
        expect(cost, "the worst-case variables fit the operation, so it was costed").toBeDefined();
        if (process.env.PRINT_COST) console.log(_name, cost);
      }
    },
  );
});

describe("the measures", () => {
  it("depth follows fragments, inline fragments count no level", () => {
    const document = parse(`query { a { ...F ... on T { b { c } } } } fragment F on T { d { e { f } } }`);
    expect(measureDocument(document).depth).toBe(4);
  });

  it("aliases in a fragment count each time it is spread", () => {
    const document = parse(`query { x { ...F } y { ...F } z { ...F } } fragment F on T { a1: a a2: a a3: a a4: a a5: a a6: a }`);
    expect(measureDocument(document).aliases).toBe(18);
    expect(() => checkSource(`query { x { ...F } y { ...F } z { ...F } } fragment F on T { a1: a a2: a a3: a a4: a a5: a a6: a }`, null, defaultLimits)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "TOO_MANY_ALIASES", limit: 15, value: 18 }) }),
    );
  });

  it("fragments that spread fragments are measured once each, and a cycle counts nothing", () => {
    const chain = Array.from({ length: 30 }, (_, i) => `fragment F${i} on T { a { ...F${i + 1} } b { ...F${i + 1} } }`).join(" ");
    const document = parse(`query { ...F0 } ${chain} fragment F30 on T { z }`);
    expect(measureDocument(document).depth).toBe(31);
    expect(measureDocument(parse(`query { ...A } fragment A on Query { x { ...B } } fragment B on X { y { ...A } }`)).depth).toBe(2);
  });

  it("top-level fields are counted through fragments", () => {
    expect(measureDocument(parse(`query { a b ...F ... on Query { c } } fragment F on Query { d e }`)).rootFields).toBe(5);
  });

  it("the named operation is measured, not its neighbour", () => {
    const document = parse(`query Small { a } query Deep { a { b { c } } }`);
    expect(measureDocument(document, "Small").depth).toBe(1);
    expect(measureDocument(document).depth).toBe(3);
  });

  it("each limit refuses with its code, the limit and the value", () => {
    const deep = `{ a ${"{ a ".repeat(9)}${"} ".repeat(9)}}`;
    expect(() => checkSource(deep, null, defaultLimits)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: "QUERY_TOO_DEEP", limit: 8, value: 10 }) }));
    const flood = `{ a(x: [${Array.from({ length: 2_100 }, () => "1").join(", ")}]) }`;
    expect(() => checkSource(flood, null, defaultLimits)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: "TOO_MANY_TOKENS", limit: 2000 }) }));
    const wide = `{ ${Array.from({ length: 9 }, (_, i) => `f${i}`).join(" ")} }`;
    expect(() => checkSource(wide, null, defaultLimits)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: "TOO_MANY_ROOT_FIELDS", limit: 8, value: 9 }) }));
  });

  it("a development tool's introspection query is let through when introspection is on, and not otherwise", () => {
    const introspection = `{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }`;
    expect(checkSource(introspection, null, defaultLimits, { allowIntrospection: true })).toBeDefined();
    expect(() => checkSource(introspection, null, defaultLimits)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: "QUERY_TOO_DEEP" }) }));
  });
});

describe("the cost estimate", () => {
  it("a page costs its size times what one item costs; a plain list once", () => {
    const one = parse(`{ careUnits(first: 1) { edges { node { name } } } }`);
    const ten = parse(`{ careUnits(first: 10) { edges { node { name } } } }`);
    // careUnits: (1 + edges(1 + node(1 + name 1))) × first
    expect(estimateCost(schema, one, { defaultPageSize: 20 })).toBe(4);
    expect(estimateCost(schema, ten, { defaultPageSize: 20 })).toBe(40);
    expect(estimateCost(schema, parse(`{ careUnits { totalCount } }`), { defaultPageSize: 20 })).toBe(40);
  });

  it("the page size given in a variable counts", () => {
    const document = parse(`query($n: Int) { careUnits(first: $n) { totalCount } }`);
    expect(estimateCost(schema, document, { variables: { n: 50 }, defaultPageSize: 20 })).toBe(100);
  });

  it("pages of 100 with nested lists, multiplied by aliases, are refused as QUERY_TOO_COMPLEX with the limit and the value", () => {
    const page = `careUnits(first: 100) { edges { node { id name hsaId kind municipality address phone feeSchedule { items { visitKind amountSek } } } } }`;
    const bomb = parse(`{ ${["a", "b", "c", "d", "e"].map((alias) => `${alias}: ${page}`).join(" ")} }`);
    const cost = estimateCost(schema, bomb, { defaultPageSize: 20 });
    expect(cost).toBe(5 * 100 * 14);
    expect(() => checkCost(schema, bomb, {}, defaultLimits)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: "QUERY_TOO_COMPLEX", limit: defaultLimits.maxCost, value: cost }) }));
  });
});
