import { describe, it } from "vitest";
import { rootFieldNames } from "../editorial/registry.js";
import type { EditorialTypeRegistration } from "../editorial/types.js";
import { expectData, errorCodeAt } from "./expect.js";
import type { TestSubgraph } from "./harness.js";
import { expectPerPersona, perPersona } from "./matrix.js";
import type { PersonaName } from "./personas.js";

/** Who may use the editorial API (decision 019): editors and admins; everyone else FORBIDDEN. */
export const editsContent: Record<PersonaName, boolean> = {
  anonymous: false,
  resident: false,
  staff: false,
  archivist: false,
  editor: true,
  admin: true,
};

export interface EditorialMatrixOptions {
  subgraph: () => TestSubgraph;
  registration: EditorialTypeRegistration;
  /** Valid values for a new item; `n` is different on every call (for unique slugs and the like). */
  values: (n: number) => Record<string, unknown>;
  /** The audit-log area of the subgraph, e.g. "guidelines". */
  area: string;
}

/**
 * Every generated query and mutation of one editorial type, run as every persona: editors and admins
 * get an answer (never FORBIDDEN), everyone else — anonymous included — FORBIDDEN on that field.
 * Each mutation works on a fresh item an editor made, so one persona's step never depends on another's.
 */
export function describeEditorialRoleMatrix(name: string, options: EditorialMatrixOptions): void {
  const n = rootFieldNames(options.registration);
  let counter = 0;
  const item = "{ id version status }";

  const fresh = async () => {
    const t = options.subgraph();
    const result = await t.query<Record<string, { id: string; version: number }>>(`mutation($v: JSONObject!) { ${n.create}(values: $v) ${item} }`, {
      as: "editor",
      variables: { v: options.values(++counter) },
    });
    return expectData(result)[n.create]!;
  };

  const operations: [string, (as: PersonaName) => Promise<{ result: Awaited<ReturnType<TestSubgraph["query"]>>; field: string }>][] = [
    [n.type, async (as) => ({ field: n.type, result: await options.subgraph().query(`{ ${n.type} { key fields { name } } }`, { as }) })],
    [n.list, async (as) => ({ field: n.list, result: await options.subgraph().query(`{ ${n.list}(first: 5) { totalCount } }`, { as }) })],
    [
      n.item,
      async (as) => {
        const { id } = await fresh();
        return { field: n.item, result: await options.subgraph().query(`query($id: ID!) { ${n.item}(id: $id) { id } }`, { as, variables: { id } }) };
      },
    ],
    [
      n.revisions,
      async (as) => {
        const { id } = await fresh();
        return { field: n.revisions, result: await options.subgraph().query(`query($id: ID!) { ${n.revisions}(id: $id) { totalCount } }`, { as, variables: { id } }) };
      },
    ],
    [
      n.diff,
      async (as) => {
        const { id } = await fresh();
        return { field: n.diff, result: await options.subgraph().query(`query($id: ID!) { ${n.diff}(id: $id, from: 1, to: 1) { field } }`, { as, variables: { id } }) };
      },
    ],
    [
      n.create,
      async (as) => ({
        field: n.create,
        result: await options.subgraph().query(`mutation($v: JSONObject!) { ${n.create}(values: $v) { id } }`, { as, variables: { v: options.values(++counter) } }),
      }),
    ],
    [
      n.saveDraft,
      async (as) => {
        const { id, version } = await fresh();
        return {
          field: n.saveDraft,
          result: await options.subgraph().query(`mutation($id: ID!, $ver: Int!, $v: JSONObject!) { ${n.saveDraft}(id: $id, version: $ver, values: $v) { id } }`, {
            as,
            variables: { id, ver: version, v: options.values(++counter) },
          }),
        };
      },
    ],
    ...(["submitForReview", "publish", "unschedule", "archive"] as const).map(
      (op) =>
        [
          n[op],
          async (as: PersonaName) => {
            const { id, version } = await fresh();
            return {
              field: n[op],
              result: await options.subgraph().query(`mutation($id: ID!, $ver: Int!) { ${n[op]}(id: $id, version: $ver) { id } }`, { as, variables: { id, ver: version } }),
            };
          },
        ] as [string, (as: PersonaName) => Promise<{ result: Awaited<ReturnType<TestSubgraph["query"]>>; field: string }>],
    ),
    [
      n.restoreRevision,
      async (as) => {
        const { id, version } = await fresh();
        return {
          field: n.restoreRevision,
          result: await options.subgraph().query(`mutation($id: ID!, $ver: Int!) { ${n.restoreRevision}(id: $id, number: 1, version: $ver) { id } }`, {
            as,
            variables: { id, ver: version },
          }),
        };
      },
    ],
    [
      n.previewLink,
      async (as) => {
        const { id } = await fresh();
        return { field: n.previewLink, result: await options.subgraph().query(`mutation($id: ID!) { ${n.previewLink}(id: $id) { url } }`, { as, variables: { id } }) };
      },
    ],
    [
      `${options.area}AuditLog`,
      async (as) => ({
        field: `${options.area}AuditLog`,
        result: await options.subgraph().query(`{ ${options.area}AuditLog(first: 5) { totalCount } }`, { as }),
      }),
    ],
  ];
  if (options.registration.csvImport) {
    operations.push([
      n.importCsv,
      async (as) => ({
        field: n.importCsv,
        result: await options.subgraph().query(`mutation { ${n.importCsv}(csv: "x", dryRun: true) { rowCount } }`, { as }),
      }),
    ]);
  }

  describe(name, () => {
    for (const [field, run] of operations) {
      it(`${field}: editors and admins get an answer; everyone else FORBIDDEN`, async () => {
        await expectPerPersona(
          field,
          async (as) => {
            const { result, field: f } = await run(as);
            const code = errorCodeAt(result, [f]);
            if (code === "FORBIDDEN") return "FORBIDDEN";
            // Editors may meet a workflow refusal (nothing to unschedule): anything but FORBIDDEN is access.
            return code === null || code !== "FORBIDDEN" ? "ALLOWED" : code;
          },
          perPersona((as) => (editsContent[as] ? "ALLOWED" : "FORBIDDEN")),
        );
      });
    }
  });
}
