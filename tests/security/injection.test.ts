import { beforeAll, describe, expect, it } from "vitest";
import { personnummerFor } from "@vardportal/kit/personnummer";
import { gql, leaksNothing, type Answer, type Persona } from "./support/client.js";

/**
 * SQL-injection strings in EVERY text argument of every query in the supergraph: the top-level String and ID
 * arguments and the String/ID fields of input objects (filters, searches, lookups), found by introspecting the
 * stack's gateway, not listed by hand. Each is sent as an editor (reads everything), an archivist (the record
 * index, the release queue) and a resident. Every answer must be a coded refusal or an ordinary answer, never a
 * failure of the SQL; a `%` or `_` must match only itself (nothing in the seed has one, so nothing); "' OR 1=1 --"
 * finds what its words find (the full-text searches quote each word); the data is the same afterwards.
 */
const payloads = ["' OR 1=1 --", '"; DROP TABLE care_unit; --', "%", "_", "\\", "' UNION SELECT name FROM sqlite_master --"];
/** LIKE's wildcards: as text they match only themselves, which nothing in the seed contains. */
const wildcards = new Set(["%", "_"]);
/** A word search (the full-text searches) finds the words of "' OR 1=1 --" ("or…", "1…"): the same as the words alone. */
const OR_TRUE = "' OR 1=1 --";
const personas: Persona[] = ["erik", "ada", "anna"];
const refusals = new Set(["VALIDATION_FAILED", "BAD_USER_INPUT", "NOT_FOUND", "FORBIDDEN", "UNAUTHENTICATED"]);

type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };
type InputValue = { name: string; type: TypeRef; defaultValue: string | null };
type FullType = { kind: string; name: string; fields: { name: string; args: InputValue[]; type: TypeRef }[] | null; inputFields: InputValue[] | null; enumValues: { name: string }[] | null };

const TYPE_REF = "kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }";
const INTROSPECTION = `{ __schema { queryType { name } types { kind name fields { name args { name defaultValue type { ${TYPE_REF} } } type { ${TYPE_REF} } } inputFields { name defaultValue type { ${TYPE_REF} } } enumValues { name } } } }`;

let types = new Map<string, FullType>();
let queryFields: NonNullable<FullType["fields"]> = [];

const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
const typeText = (t: TypeRef): string => (t.kind === "NON_NULL" ? `${typeText(t.ofType!)}!` : t.kind === "LIST" ? `[${typeText(t.ofType!)}]` : t.name!);
const required = (v: InputValue) => v.type.kind === "NON_NULL" && v.defaultValue === null;
const ANNA = personnummerFor("1985-05-17", 282);

/** A plausible value for an argument or input field that is not under attack. */
function plausible(name: string, t: TypeRef): unknown {
  if (t.kind === "NON_NULL") return plausible(name, t.ofType!);
  if (t.kind === "LIST") return [plausible(name, t.ofType!)];
  const type = types.get(t.name!)!;
  if (type.kind === "ENUM") return type.enumValues![0]!.name;
  if (type.kind === "INPUT_OBJECT") return Object.fromEntries(type.inputFields!.filter(required).map((f) => [f.name, plausible(f.name, f.type)]));
  switch (t.name) {
    case "Int":
      return ["first", "last"].includes(name) ? 5 : /year/i.test(name) ? 2026 : 1;
    case "Float":
      return 1;
    case "Boolean":
      return false;
    case "DateTimeISO":
      return new Date().toISOString();
    default:
      if (/region/i.test(name)) return "Norrbotten";
      if (/personnummer/i.test(name)) return ANNA;
      if (/date|from|to$/i.test(name)) return "2026-01-01";
      return "x";
  }
}

interface Target {
  field: string;
  /** `careUnits(filter.text)` */
  label: string;
  document: string;
  variables: (payload: string) => Record<string, unknown>;
}

const isText = (t: TypeRef) => ["String", "ID"].includes(named(t).name ?? "") && named(t).kind === "SCALAR";

/** Paths to every String/ID leaf in an input object, two levels deep. */
function textPaths(t: TypeRef, depth = 0): string[][] {
  const type = types.get(named(t).name!)!;
  if (type.kind !== "INPUT_OBJECT" || depth > 2) return [];
  return type.inputFields!.flatMap((f) => (isText(f.type) ? [[f.name]] : textPaths(f.type, depth + 1).map((p) => [f.name, ...p])));
}

function setPath(value: Record<string, unknown>, path: string[], leaf: unknown, t: TypeRef): Record<string, unknown> {
  const [head, ...rest] = path;
  const type = types.get(named(t).name!)!;
  const field = type.inputFields!.find((f) => f.name === head)!;
  const listed = (v: unknown) => (field.type.kind === "LIST" || field.type.ofType?.kind === "LIST" ? [v] : v);
  if (rest.length === 0) return { ...value, [head!]: listed(leaf) };
  const inner = (value[head!] as Record<string, unknown> | undefined) ?? (plausible(head!, field.type) as Record<string, unknown>);
  return { ...value, [head!]: setPath(Array.isArray(inner) ? (inner[0] as Record<string, unknown>) : inner, rest, leaf, field.type) };
}

function selectionOf(t: TypeRef): string {
  const type = types.get(named(t).name!)!;
  if (!["OBJECT", "INTERFACE", "UNION"].includes(type.kind)) return "";
  return type.fields?.some((f) => f.name === "totalCount") ? "{ totalCount }" : "{ __typename }";
}

function targets(): Target[] {
  const found: Target[] = [];
  for (const field of queryFields) {
    if (field.name.startsWith("_")) continue;
    const make = (attacked: InputValue, path: string[] | null): Target => {
      const used = field.args.filter((a) => a === attacked || required(a));
      const document = `query Attack(${used.map((a) => `$${a.name}: ${typeText(a.type)}`).join(", ")}) { ${field.name}(${used.map((a) => `${a.name}: $${a.name}`).join(", ")}) ${selectionOf(field.type)} }`;
      return {
        field: field.name,
        label: `${field.name}(${attacked.name}${path ? `.${path.join(".")}` : ""})`,
        document: used.length ? document : `{ ${field.name} ${selectionOf(field.type)} }`,
        variables: (payload) =>
          Object.fromEntries(
            used.map((a) => {
              if (a !== attacked) return [a.name, plausible(a.name, a.type)];
              if (!path) return [a.name, a.type.kind === "LIST" || a.type.ofType?.kind === "LIST" ? [payload] : payload];
              const base = plausible(a.name, a.type) as Record<string, unknown> | Record<string, unknown>[];
              const object = setPath(Array.isArray(base) ? base[0]! : base, path, payload, a.type);
              return [a.name, Array.isArray(base) ? [object] : object];
            }),
          ),
      };
    };
    for (const arg of field.args) {
      if (isText(arg.type)) found.push(make(arg, null));
      else for (const path of textPaths(arg.type)) found.push(make(arg, path));
    }
  }
  return found;
}

const totalsQuery = `{ careUnits(first: 1) { totalCount } eServices(first: 1) { totalCount } guidelines(first: 1) { totalCount } archiveHoldings(first: 1) { totalCount } }`;
let totalsBefore: Answer;
let found: Target[] = [];

beforeAll(async () => {
  const schema = await gql<{ __schema: { queryType: { name: string }; types: FullType[] } }>(INTROSPECTION, { as: "erik" });
  expect(schema.errors).toBeUndefined();
  types = new Map(schema.data!.__schema.types.map((t) => [t.name, t]));
  queryFields = types.get(schema.data!.__schema.queryType.name)!.fields!;
  found = targets();
  totalsBefore = await gql(totalsQuery, { as: "erik" });
  expect(totalsBefore.errors).toBeUndefined();
});

const totalCountIn = (data: unknown): number | undefined => {
  const value = data && typeof data === "object" ? Object.values(data as Record<string, unknown>)[0] : undefined;
  return value && typeof value === "object" && "totalCount" in value ? Number((value as { totalCount: unknown }).totalCount) : undefined;
};

describe("SQL-injection strings in every text argument", () => {
  it("the supergraph has the text filters and searches this test is about", () => {
    const labels = found.map((t) => t.label);
    for (const expected of ["searchCareUnits(text)", "searchEServices(text)", "searchArchiveHoldings(text)", "careUnitByHsaId(hsaId)", "eService(slug)"]) expect(labels).toContain(expected);
    expect(labels.filter((l) => l.includes("filter."))).not.toHaveLength(0);
    expect(found.length).toBeGreaterThan(30);
  });

  it("each answer is a coded refusal or an ordinary answer; a wildcard matches only itself", { timeout: 600_000 }, async () => {
    const problems: string[] = [];
    const jobs = found.flatMap((target) => personas.flatMap((as) => payloads.map((payload) => ({ target, as, payload }))));
    for (let i = 0; i < jobs.length; i += 8) {
      await Promise.all(
        jobs.slice(i, i + 8).map(async ({ target, as, payload }) => {
          const answer = await gql(target.document, { as, variables: target.variables(payload) });
          const where = `${target.label} as ${as} with ${JSON.stringify(payload)}`;
          if (answer.status !== 200 && answer.status !== 400) problems.push(`${where}: HTTP ${answer.status}`);
          for (const error of answer.errors ?? []) {
            const code = String(error.extensions?.code);
            if (!refusals.has(code)) problems.push(`${where}: ${code} ${error.message}`);
          }
          if (!leaksNothing(answer.text)) problems.push(`${where}: leaks ${answer.text.slice(0, 200)}`);
          const total = totalCountIn(answer.data);
          if (wildcards.has(payload) && total !== undefined && total > 0) problems.push(`${where}: matched ${total}`);
          if (payload === OR_TRUE && total !== undefined && total > 0) {
            const words = totalCountIn((await gql(target.document, { as, variables: target.variables("OR 1 1") })).data);
            if (words !== total) problems.push(`${where}: matched ${total}, the words alone ${words}`);
          }
        }),
      );
    }
    expect(problems).toEqual([]);
  });

  it("the data is intact afterwards", async () => {
    const after = await gql(totalsQuery, { as: "erik" });
    expect(after.data).toEqual(totalsBefore.data);
    expect((after.data as { careUnits: { totalCount: number } }).careUnits.totalCount).toBeGreaterThan(0);
  });
});
