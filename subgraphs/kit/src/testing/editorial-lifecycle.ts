import { describe, expect, it } from "vitest";
import { PREVIEW_HEADER } from "../editorial/preview.js";
import { rootFieldNames } from "../editorial/registry.js";
import type { EditorialTypeRegistration } from "../editorial/types.js";
import { expectCode, expectData } from "./expect.js";
import type { TestSubgraph } from "./harness.js";
import type { PersonaName } from "./personas.js";

export interface EditorialLifecycleOptions {
  subgraph: () => TestSubgraph;
  registration: EditorialTypeRegistration;
  /** Valid values of a new item; `n` differs on every call. */
  values: (n: number) => Record<string, unknown>;
  /** The same values with the title changed to `title`. */
  retitle: (values: Record<string, unknown>, title: string) => Record<string, unknown>;
  /** What a reader sees of the item through the portal's own lookup: its title, or null (headers for a preview). */
  readTitle: (t: TestSubgraph, values: Record<string, unknown>, as: PersonaName, headers?: Record<string, string>) => Promise<string | null>;
  /** A persona who reads the item once it is live (its audience allows). */
  reader: PersonaName;
  /** Invalid values and the field-error paths they must give. */
  invalid: { values: (n: number) => Record<string, unknown>; paths: string[] };
}

interface Item {
  id: string;
  version: number;
  status: string;
  live: boolean;
  hasDraft: boolean;
  title: string;
  values: Record<string, unknown>;
}

/**
 * The life of one item of a registered type through the generated API (decision 019): create, save,
 * a conflict that writes nothing, submit, publish, an edit readers do not see, restore, a scheduled
 * publish that happens at its time, archive — plus validation paths and the preview token's rules.
 * Each subgraph runs it for its types; guidelines has the long-hand version of the same story.
 */
export function describeEditorialLifecycle(name: string, o: EditorialLifecycleOptions): void {
  const n = rootFieldNames(o.registration);
  const ITEM = "{ id version status live hasDraft title values }";
  let counter = 1000;
  const q = <T>(doc: string, as: PersonaName, variables: Record<string, unknown>, headers?: Record<string, string>) => o.subgraph().query<T>(doc, { as, variables, headers });
  const create = async (values: Record<string, unknown>) =>
    expectData(await q<Record<string, Item>>(`mutation($v: JSONObject!) { ${n.create}(values: $v, confirmPublicAudience: true) ${ITEM} }`, "editor", { v: values }))[n.create]!;
  const save = async (item: Item, values: Record<string, unknown>, as: PersonaName = "editor") =>
    q<Record<string, Item>>(`mutation($id: ID!, $ver: Int!, $v: JSONObject!) { ${n.saveDraft}(id: $id, version: $ver, values: $v, confirmPublicAudience: true) ${ITEM} }`, as, {
      id: item.id,
      ver: item.version,
      v: values,
    });
  const step = async (op: "submitForReview" | "publish" | "archive", item: Item, extra = "", variables: Record<string, unknown> = {}) =>
    expectData(await q<Record<string, Item>>(`mutation($id: ID!, $ver: Int! ${extra ? ", $at: DateTimeISO" : ""}) { ${n[op]}(id: $id, version: $ver ${extra}) ${ITEM} }`, "editor", { id: item.id, ver: item.version, ...variables }))[n[op]]!;
  const get = async (id: string) => expectData(await q<Record<string, Item>>(`query($id: ID!) { ${n.item}(id: $id) ${ITEM} }`, "editor", { id }))[n.item]!;

  describe(name, () => {
    it("create → save → conflict (nothing written) → submit → publish → edit unseen → restore → scheduled publish at its time → archive", async () => {
      const t = o.subgraph();
      const values = o.values(++counter);
      const created = await create(values);
      expect(created).toMatchObject({ status: "DRAFT", live: false, hasDraft: true });
      expect(await o.readTitle(t, values, o.reader)).toBeNull();

      const firstTitle = `Första titeln ${counter}`;
      const saved = expectData(await save(created, o.retitle(values, firstTitle)))[n.saveDraft]!;
      expect(saved.title).toBe(firstTitle);

      const stale = await save(created, o.retitle(values, "Den andras titel"), "admin");
      const conflict = expectCode(stale, "CONFLICT", [n.saveDraft]);
      expect((conflict.extensions?.current as Item).title).toBe(firstTitle);
      expect((await get(created.id)).title).toBe(firstTitle);

      const submitted = await step("submitForReview", saved);
      expect(submitted.status).toBe("IN_REVIEW");
      const published = await step("publish", submitted);
      expect(published).toMatchObject({ status: "PUBLISHED", live: true, hasDraft: false });
      expect(await o.readTitle(t, o.retitle(values, firstTitle), o.reader)).toBe(firstTitle);

      const edited = expectData(await save(published, o.retitle(values, `Ändrad titel ${counter}`)))[n.saveDraft]!;
      expect(edited).toMatchObject({ hasDraft: true, live: true });
      expect(await o.readTitle(t, o.retitle(values, firstTitle), o.reader)).toBe(firstTitle);

      const restored = expectData(
        await q<Record<string, Item>>(`mutation($id: ID!, $ver: Int!) { ${n.restoreRevision}(id: $id, number: 1, version: $ver, confirmPublicAudience: true) ${ITEM} }`, "editor", {
          id: created.id,
          ver: edited.version,
        }),
      )[n.restoreRevision]!;
      expect(restored).toMatchObject({ status: "DRAFT", hasDraft: true, live: true });
      expect(restored.title).toBe(created.title);
      expect(await o.readTitle(t, o.retitle(values, firstTitle), o.reader)).toBe(firstTitle);

      const scheduledTitle = `Schemalagd ${counter}`;
      const again = expectData(await save(restored, o.retitle(values, scheduledTitle)))[n.saveDraft]!;
      const at = new Date(t.clock.now.getTime() + 60 * 60 * 1000);
      await step("publish", again, ", publishAt: $at", { at: at.toISOString() });
      t.clock.set(new Date(at.getTime() - 1));
      expect((await t.subgraph.editorialScheduler!.tick()).published).toBe(0);
      expect(await o.readTitle(t, o.retitle(values, firstTitle), o.reader)).toBe(firstTitle);
      t.clock.set(at);
      expect((await t.subgraph.editorialScheduler!.tick()).published).toBe(1);
      expect(await o.readTitle(t, o.retitle(values, scheduledTitle), o.reader)).toBe(scheduledTitle);

      const archived = await step("archive", await get(created.id));
      expect(archived).toMatchObject({ status: "ARCHIVED", live: false });
      expect(await o.readTitle(t, o.retitle(values, scheduledTitle), o.reader)).toBeNull();
    });

    it("invalid values are refused with field paths and nothing is written", async () => {
      const t = o.subgraph();
      const count = async () => expectData(await q<Record<string, { totalCount: number }>>(`{ ${n.list}(first: 1) { totalCount } }`, "editor", {}))[n.list]!.totalCount;
      const before = await count();
      const result = await t.query(`mutation($v: JSONObject!) { ${n.create}(values: $v, confirmPublicAudience: true) { id } }`, { as: "editor", variables: { v: o.invalid.values(++counter) } });
      const fieldErrors = expectCode(result, "VALIDATION_FAILED", [n.create]).extensions?.fieldErrors as Record<string, string[]>;
      expect(Object.keys(fieldErrors).sort()).toEqual([...o.invalid.paths].sort());
      expect(await count()).toBe(before);
    });

    it.skipIf(o.registration.hasPreview === false)("a preview token shows the working copy to its editor only", async () => {
      const t = o.subgraph();
      const values = o.values(++counter);
      const published = await step("publish", await create(values));
      const draftTitle = `Hemligt utkast ${counter}`;
      expectData(await save(published, o.retitle(values, draftTitle)));
      const link = expectData(await q<Record<string, { url: string }>>(`mutation($id: ID!) { ${n.previewLink}(id: $id) { url } }`, "editor", { id: published.id }))[n.previewLink]!;
      const headers = { [PREVIEW_HEADER]: new URL(link.url).searchParams.get("forhandsvisning") ?? "" };
      expect(await o.readTitle(t, values, "editor", headers)).toBe(draftTitle);
      for (const as of ["admin", "staff", "resident", "anonymous", "archivist"] as const) {
        expect(await o.readTitle(t, values, as, headers), as).not.toBe(draftTitle);
      }
    });
  });
}
