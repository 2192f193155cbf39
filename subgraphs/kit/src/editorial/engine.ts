import { randomUUID } from "node:crypto";
import { diffWordsWithSpace } from "diff";
import { Brackets, In, type DataSource, type EntityManager } from "typeorm";
import { canEditContent, canPublishContent } from "../access.js";
import type { ContentEntity } from "../content/content-entity.js";
import { Audience, ContentStatus } from "../content/enums.js";
import { encodeCursor, MAX_PAGE_SIZE } from "../content/pagination.js";
import { AuditEntry } from "../db/audit-entry.entity.js";
import { Revision } from "../db/revision.entity.js";
import { likeAnyCase } from "../db/data-source.js";
import { badUserInput, conflict, forbidden, notFound, validationFailed } from "../errors.js";
import type { Viewer } from "../identity/viewer.js";
import { EditorialDraft } from "./draft.entity.js";
import { editorialTransaction } from "./transaction.js";
import { EditorialErrorCode, audienceWideningNotConfirmed } from "./errors.js";
import {
  EditorialActionEnum,
  EditorialSort,
  type EditorialFieldDiff,
  type EditorialItem,
  type EditorialItemConnection,
  type EditorialRevision,
  type EditorialRevisionConnection,
} from "./graphql-types.js";
import type { EditorialAction, EditorialTypeRegistration } from "./types.js";
import { allFields, changedFieldNames, flatten, missingEnglish, ownValues, titleOf, validateValues } from "./values.js";

export { EditorialErrorCode };

/** Who is acting and when: a request's viewer and clock, or the scheduler ("system"). */
export interface Actor {
  viewer: Viewer | null;
  now: Date;
  requestId?: string;
}

/** An autosave this soon after the same author's previous autosave updates that revision. */
export const AUTOSAVE_COALESCE_MS = 2 * 60 * 1000;

type Values = Record<string, unknown>;

interface State {
  row: ContentEntity;
  draft: EditorialDraft | null;
}

const subjectOf = (actor: Actor) => actor.viewer?.subject ?? "system";

function requireEditor(actor: Actor) {
  if (!canEditContent(actor.viewer)) throw forbidden("Only editors and admins may change content.");
}
function requirePublisher(actor: Actor) {
  if (!canPublishContent(actor.viewer)) throw forbidden("Only editors and admins may publish, schedule or archive.");
}

const isLive = (row: ContentEntity, now: Date) =>
  row.status === ContentStatus.PUBLISHED && (!row.publishAt || row.publishAt <= now) && (!row.unpublishAt || row.unpublishAt > now);

const hasPublishedCopy = (row: ContentEntity) => row.status === ContentStatus.PUBLISHED || row.status === ContentStatus.ARCHIVED;

const parseJson = (text: string | null): Values => {
  if (!text) return {};
  try {
    const parsed = JSON.parse(text) as unknown;
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as Values) : {};
  } catch {
    return {};
  }
};

/** The editorial operations of one registered type, over one database (decision 019). */
export class EditorialEngine {
  constructor(readonly dataSource: DataSource, readonly reg: EditorialTypeRegistration) {}

  // ---------------------------------------------------------------- reading

  /** A registration's column as SQL: a database name ("titleSv") or an entity property path ("title.sv"). */
  private column(manager: EntityManager, name: string): string {
    const metadata = manager.connection.getMetadata(this.reg.entity);
    const byPath = metadata.findColumnWithPropertyPath(name);
    if (byPath) return byPath.databaseName;
    const byName = metadata.columns.find((c) => c.databaseName === name);
    if (!byName) throw new Error(`${this.reg.key}: no column ${name}`);
    return byName.databaseName;
  }

  private async load(manager: EntityManager, id: string): Promise<State> {
    const row = (await manager.getRepository(this.reg.entity).findOneBy({ id } as never)) as ContentEntity | null;
    if (!row) throw notFound(this.reg.key, id);
    const draft = await manager.getRepository(EditorialDraft).findOneBy({ entityType: this.reg.key, entityId: id });
    return { row, draft };
  }

  /** The row's values as the API carries them: the adapter's plus audience and region. */
  private async rowValues(manager: EntityManager, row: ContentEntity): Promise<Values> {
    return {
      audience: row.audience,
      region: row.region,
      ...(await this.reg.adapter.read(manager, row.id)),
    };
  }

  /** The item's latest revision, by the order they were written (numbers may be missing on old ones). */
  private async lastRevision(manager: EntityManager, id: string): Promise<Revision | null> {
    return manager.getRepository(Revision).findOne({ where: { entityType: this.reg.key, entityId: id }, order: { id: "DESC" } });
  }

  /** The next revision number: after the highest, and never below the count (revisions written unnumbered). */
  private async nextRevisionNumber(manager: EntityManager, id: string): Promise<number> {
    const raw = await manager
      .getRepository(Revision)
      .createQueryBuilder("r")
      .select("MAX(r.number)", "max")
      .addSelect("COUNT(*)", "count")
      .where("r.entityType = :t AND r.entityId = :id", { t: this.reg.key, id })
      .getRawOne<{ max: number | null; count: number }>();
    return Math.max(Number(raw?.max ?? 0), Number(raw?.count ?? 0)) + 1;
  }


  private async toItem(manager: EntityManager, state: State, now: Date): Promise<EditorialItem> {
    const { row, draft } = state;
    const rowValues = await this.rowValues(manager, row);
    const values = draft ? parseJson(draft.values) : rowValues;
    const updatedBy = draft ? draft.updatedBy : (await this.lastRevision(manager, row.id))?.authorSubject ?? null;
    return {
      type: this.reg.key,
      id: row.id,
      title: titleOf(this.reg, values),
      status: (draft?.status as ContentStatus | undefined) ?? row.status,
      audience: (values.audience as Audience) ?? row.audience,
      region: typeof values.region === "string" ? values.region : row.region,
      version: draft ? draft.version : row.version,
      publishedVersion: hasPublishedCopy(row) ? row.version : null,
      live: isLive(row, now),
      hasDraft: !!draft,
      scheduledPublishAt: draft?.scheduledPublishAt ?? null,
      publishAt: row.publishAt,
      unpublishAt: draft?.unpublishAt ?? row.unpublishAt,
      values,
      publishedValues: hasPublishedCopy(row) ? rowValues : null,
      missingEnglish: missingEnglish(this.reg.fields, values),
      portalPath: this.reg.portalPath(values as never),
      updatedAt: draft?.updatedAt ?? row.updatedAt,
      updatedBy,
    };
  }

  async item(id: string, actor: Actor): Promise<EditorialItem> {
    requireEditor(actor);
    const manager = this.dataSource.manager;
    return this.toItem(manager, await this.load(manager, id), actor.now);
  }

  async list(
    args: {
      search?: string | null;
      status?: ContentStatus | null;
      audience?: Audience | null;
      region?: string | null;
      sort: EditorialSort;
      first: number;
      after?: string | null;
    },
    actor: Actor,
  ): Promise<EditorialItemConnection> {
    requireEditor(actor);
    if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE_SIZE)
      throw validationFailed({
        first: [`Must be between 1 and ${MAX_PAGE_SIZE}.`],
      });
    const manager = this.dataSource.manager;
    const qb = manager
      .getRepository(this.reg.entity)
      .createQueryBuilder("item")
      .leftJoin(EditorialDraft, "draft", "draft.entityType = :etype AND draft.entityId = item.id", { etype: this.reg.key });
    const search = args.search?.trim();
    if (search) {
      if (search.length > 200) throw validationFailed({ search: ["Högst 200 tecken."] });
      const q = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(
        new Brackets((b) => {
          const like = likeAnyCase(this.dataSource);
          for (const column of this.reg.searchColumns) b.orWhere(`item.${this.column(manager, column)} ${like} :q ESCAPE '\\'`);
          b.orWhere(`draft.values ${like} :q ESCAPE '\\'`);
        }),
        { q },
      );
    }
    if (args.status)
      qb.andWhere("COALESCE(draft.status, item.status) = :st", {
        st: args.status,
      });
    if (args.audience)
      qb.andWhere("COALESCE(draft.audience, item.audience) = :aud", {
        aud: args.audience,
      });
    if (args.region)
      qb.andWhere("COALESCE(draft.region, item.region) = :reg", {
        reg: args.region,
      });
    const totalCount = await qb.clone().getCount();

    const descending = args.sort === EditorialSort.UPDATED_DESC;
    const expression = descending ? "COALESCE(draft.updatedAt, item.updatedAt)" : `COALESCE(draft.title, item.${this.column(manager, this.reg.titleColumn)})`;
    const page = qb.clone();
    if (args.after) {
      const key = decodeListCursor(args.after);
      const op = descending ? "<" : ">";
      page.andWhere(
        new Brackets((b) =>
          b
            .where(`${expression} ${op} :afterValue`, { afterValue: key.v })
            .orWhere(`(${expression} = :afterValue AND item.id ${op} :afterId)`, { afterId: key.id }),
        ),
      );
    }
    const { entities, raw } = await page
      .addSelect(expression, "keyset_sort")
      .orderBy(expression, descending ? "DESC" : "ASC")
      .addOrderBy("item.id", descending ? "DESC" : "ASC")
      .limit(args.first + 1)
      .getRawAndEntities();
    const sortById = new Map((raw as Record<string, unknown>[]).map((r) => [String(r.item_id), r.keyset_sort as string | number | null]));
    const rows = (entities as ContentEntity[]).slice(0, args.first);
    const drafts = rows.length
      ? await manager.getRepository(EditorialDraft).findBy({
          entityType: this.reg.key,
          entityId: In(rows.map((r) => r.id)),
        })
      : [];
    const draftById = new Map(drafts.map((d) => [d.entityId, d]));
    const edges = [];
    for (const row of rows) {
      const node = await this.toItem(manager, { row, draft: draftById.get(row.id) ?? null }, actor.now);
      edges.push({
        node,
        cursor: encodeCursor({
          v: normaliseSortValue(sortById.get(row.id)),
          id: row.id,
        }),
      });
    }
    return {
      edges,
      totalCount,
      pageInfo: {
        hasNextPage: entities.length > args.first,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  async revisions(id: string, args: { first: number; after?: string | null }, actor: Actor): Promise<EditorialRevisionConnection> {
    requireEditor(actor);
    if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE_SIZE)
      throw validationFailed({
        first: [`Must be between 1 and ${MAX_PAGE_SIZE}.`],
      });
    const manager = this.dataSource.manager;
    await this.load(manager, id);
    const qb = manager.getRepository(Revision).createQueryBuilder("r").where("r.entityType = :t AND r.entityId = :id", { t: this.reg.key, id });
    const totalCount = await qb.clone().getCount();
    if (args.after) {
      const key = decodeListCursor(args.after);
      if (typeof key.v !== "number") throw badUserInput("This cursor is not valid. Start again from the first page.", "after");
      qb.andWhere("r.number < :n", { n: key.v });
    }
    const rows = await qb
      .orderBy("r.number", "DESC")
      .addOrderBy("r.id", "DESC")
      .take(args.first + 1)
      .getMany();
    const edges = rows.slice(0, args.first).map((r) => ({
      node: toRevision(r),
      cursor: encodeCursor({ v: r.number ?? 0, id: String(r.id) }),
    }));
    return {
      edges,
      totalCount,
      pageInfo: {
        hasNextPage: rows.length > args.first,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  private async revisionByNumber(manager: EntityManager, id: string, number: number): Promise<Revision> {
    const revision = await manager.getRepository(Revision).findOneBy({ entityType: this.reg.key, entityId: id, number });
    if (!revision) throw notFound(`Revision ${number} of ${this.reg.key}`, id);
    return revision;
  }

  async diff(id: string, from: number, to: number, actor: Actor): Promise<EditorialFieldDiff[]> {
    requireEditor(actor);
    const manager = this.dataSource.manager;
    await this.load(manager, id);
    const [a, b] = [await this.revisionByNumber(manager, id, from), await this.revisionByNumber(manager, id, to)];
    const fields = allFields(this.reg);
    const before = flatten(fields, parseJson(a.snapshot));
    const after = new Map(flatten(fields, parseJson(b.snapshot)).map((f) => [f.path, f]));
    const diffs: EditorialFieldDiff[] = [];
    for (const field of before) {
      const next = after.get(field.path)!;
      if (field.text === next.text) continue;
      const parts = diffWordsWithSpace(field.text ?? "", next.text ?? "").map((p) => ({ value: p.value, added: !!p.added, removed: !!p.removed }));
      diffs.push({
        field: field.path,
        label: field.label,
        before: field.text,
        after: next.text,
        parts,
      });
    }
    return diffs;
  }

  // ---------------------------------------------------------------- writing helpers

  private validate(values: Values): {
    values: Values;
    audience: Audience;
    region: string;
  } {
    if (typeof values !== "object" || values === null || Array.isArray(values)) throw validationFailed({ values: ["Ange värdena som ett objekt."] });
    const result = validateValues(this.reg, values);
    if (!result.ok) throw validationFailed(result.errors);
    return result.value;
  }

  /** The registration's database checks (a slug in use), as VALIDATION_FAILED before anything is written. */
  private async checkInDatabase(manager: EntityManager, id: string, values: Values): Promise<void> {
    if (!this.reg.checkValues) return;
    const errors = await this.reg.checkValues(manager, id, ownValues(values));
    if (errors && Object.keys(errors).length > 0) throw validationFailed(errors);
  }

  /** CONFLICT with the current item: nothing the caller sent has been written (the transaction rolls back). */
  private async conflictNow(manager: EntityManager, id: string, sent: number, now: Date): Promise<never> {
    const current = await this.toItem(manager, await this.load(manager, id), now);
    throw conflict(
      `${this.reg.key} ${id} was changed by ${current.updatedBy ?? "someone else"} (you had version ${sent}, it is now ${current.version}).`,
      JSON.parse(JSON.stringify(current)),
    );
  }

  private checkVersion(manager: EntityManager, state: State, expected: number, now: Date): Promise<void> | void {
    const current = state.draft ? state.draft.version : state.row.version;
    if (current !== expected) return this.conflictNow(manager, state.row.id, expected, now);
  }

  /** Writes the working copy at version `next`, claimed by the version it had (or by its absence). */
  private async writeDraft(
    manager: EntityManager,
    state: State,
    expected: number,
    next: number,
    patch: {
      values: Values;
      status: ContentStatus;
      scheduledPublishAt: Date | null;
      unpublishAt: Date | null;
    },
    actor: Actor,
  ): Promise<void> {
    const columns = {
      values: JSON.stringify(patch.values),
      title: titleOf(this.reg, patch.values),
      audience: String(patch.values.audience),
      region: String(patch.values.region),
      version: next,
      status: patch.status,
      scheduledPublishAt: patch.scheduledPublishAt,
      unpublishAt: patch.unpublishAt,
      updatedBy: subjectOf(actor),
      updatedAt: actor.now,
    };
    if (state.draft) {
      const result = await manager
        .createQueryBuilder()
        .update(EditorialDraft)
        .set(columns)
        .where("entityType = :t AND entityId = :id AND version = :v", {
          t: this.reg.key,
          id: state.row.id,
          v: expected,
        })
        .execute();
      if (result.affected !== 1) await this.conflictNow(manager, state.row.id, expected, actor.now);
    } else {
      // No working copy yet: claim the row's version (another save would have made a copy first).
      await this.claimRow(manager, state.row, expected, actor.now);
      await manager.insert(EditorialDraft, {
        entityType: this.reg.key,
        entityId: state.row.id,
        ...columns,
      });
    }
  }

  /**
   * A conditional UPDATE that changes nothing but proves the row still has `version` (updatedAt is
   * written back as it was: readers' content has not changed).
   */
  private async claimRow(manager: EntityManager, row: ContentEntity, version: number, now: Date): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(this.reg.entity)
      .set({ version, updatedAt: row.updatedAt } as never)
      .where("id = :id AND version = :v", { id: row.id, v: version })
      .execute();
    if (result.affected !== 1) await this.conflictNow(manager, row.id, version, now);
  }

  private async updateRow(manager: EntityManager, row: ContentEntity, set: Partial<ContentEntity>, now: Date): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(this.reg.entity)
      .set({ ...set, updatedAt: now } as never)
      .where("id = :id AND version = :v", { id: row.id, v: row.version })
      .execute();
    if (result.affected !== 1) await this.conflictNow(manager, row.id, row.version, now);
  }

  private async record(
    manager: EntityManager,
    id: string,
    entry: {
      action: EditorialAction;
      version: number;
      status: ContentStatus;
      values: Values;
      before: Values | null;
      autosave?: boolean;
    },
    actor: Actor,
  ): Promise<void> {
    const repo = manager.getRepository(Revision);
    const last = await this.lastRevision(manager, id);
    const previousValues = last ? parseJson(last.snapshot) : null;
    const author = subjectOf(actor);
    const coalesce =
      entry.autosave &&
      last &&
      last.autosave &&
      last.action === "SAVE" &&
      last.authorSubject === author &&
      last.recordedAt &&
      actor.now.getTime() - new Date(last.recordedAt).getTime() <= AUTOSAVE_COALESCE_MS;
    if (coalesce) {
      const beforeThat = await repo.findOne({
        where: {
          entityType: this.reg.key,
          entityId: id,
          number: (last.number ?? 1) - 1,
        },
      });
      await repo.update(
        { id: last.id },
        {
          version: entry.version,
          snapshot: JSON.stringify(entry.values),
          changedFields: JSON.stringify(changedFieldNames(beforeThat ? parseJson(beforeThat.snapshot) : null, entry.values)),
          status: entry.status,
          recordedAt: actor.now,
        },
      );
    } else {
      await repo.insert({
        entityType: this.reg.key,
        entityId: id,
        version: entry.version,
        number: await this.nextRevisionNumber(manager, id),
        action: entry.action,
        status: entry.status,
        autosave: !!entry.autosave,
        snapshot: JSON.stringify(entry.values),
        changedFields: JSON.stringify(changedFieldNames(previousValues, entry.values)),
        authorSubject: author,
        recordedAt: actor.now,
      });
    }
    await manager.insert(AuditEntry, {
      at: actor.now,
      actorSubject: actor.viewer?.subject ?? "system",
      actorRoles: (actor.viewer?.roles ?? []).join(","),
      action: `EDITORIAL_${entry.action}`,
      entityType: this.reg.key,
      entityId: id,
      before: entry.before ? JSON.stringify(entry.before) : null,
      after: JSON.stringify(entry.values),
      requestId: actor.requestId ?? null,
    });
  }

  private async finish(manager: EntityManager, id: string, now: Date): Promise<EditorialItem> {
    return this.toItem(manager, await this.load(manager, id), now);
  }

  private currentValues(manager: EntityManager, state: State): Promise<Values> {
    return state.draft ? Promise.resolve(parseJson(state.draft.values)) : this.rowValues(manager, state.row);
  }

  // ---------------------------------------------------------------- mutations

  async create(input: Values, actor: Actor): Promise<EditorialItem> {
    requireEditor(actor);
    const checked = this.validate(input);
    const id = randomUUID();
    return editorialTransaction(this.dataSource, async (manager) => {
      await this.createIn(manager, id, checked, actor, "CREATE");
      return this.finish(manager, id, actor.now);
    });
  }

  /** A new item inside the caller's transaction: a DRAFT row (not live) and its working copy. */
  private async createIn(
    manager: EntityManager,
    id: string,
    checked: { values: Values; audience: Audience; region: string },
    actor: Actor,
    action: EditorialAction,
  ) {
    await this.checkInDatabase(manager, id, checked.values);
    await this.reg.adapter.apply(manager, id, ownValues(checked.values), {
      mode: "create",
      base: {
        id,
        audience: checked.audience,
        region: checked.region,
        status: ContentStatus.DRAFT,
        version: 1,
      },
      viewer: actor.viewer,
      now: actor.now,
    });
    // The kit's columns are the kit's, whatever the adapter inserted.
    await manager
      .createQueryBuilder()
      .update(this.reg.entity)
      .set({
        audience: checked.audience,
        region: checked.region,
        status: ContentStatus.DRAFT,
        version: 1,
        publishAt: null,
        unpublishAt: null,
        createdAt: actor.now,
        updatedAt: actor.now,
      } as never)
      .where("id = :id", { id })
      .execute();
    const row = (await manager.getRepository(this.reg.entity).findOneByOrFail({ id } as never)) as ContentEntity;
    await this.writeDraft(
      manager,
      { row, draft: null },
      1,
      1,
      {
        values: checked.values,
        status: ContentStatus.DRAFT,
        scheduledPublishAt: null,
        unpublishAt: null,
      },
      actor,
    );
    await this.record(
      manager,
      id,
      {
        action,
        version: 1,
        status: ContentStatus.DRAFT,
        values: checked.values,
        before: null,
      },
      actor,
    );
  }

  /** The values an editor sees now (working copy, else the row's), inside the caller's transaction. NOT_FOUND when there is no such item. */
  async currentValuesIn(manager: EntityManager, id: string): Promise<Values> {
    return this.currentValues(manager, await this.load(manager, id));
  }

  /**
   * One item of a CSV import, inside the import's transaction (decision 019): a new id (or none) makes
   * a new DRAFT item, a known one gets its working copy replaced (DRAFT again). Nothing is published;
   * the revision says IMPORT. The values are validated like a save; no version is checked (the import
   * is one deliberate act over the whole file), and an audience widened to PUBLIC is refused.
   */
  async importItem(manager: EntityManager, item: { id: string | null; values: Values }, actor: Actor): Promise<"created" | "updated"> {
    requireEditor(actor);
    const checked = this.validate(item.values);
    const existing = item.id ? ((await manager.getRepository(this.reg.entity).findOneBy({ id: item.id } as never)) as ContentEntity | null) : null;
    if (!existing) {
      await this.createIn(manager, item.id ?? randomUUID(), checked, actor, "IMPORT");
      return "created";
    }
    const state = await this.load(manager, existing.id);
    const currentAudience = (state.draft?.audience as Audience | undefined) ?? state.row.audience;
    if (checked.audience === Audience.PUBLIC && currentAudience !== Audience.PUBLIC) throw audienceWideningNotConfirmed(currentAudience);
    await this.checkInDatabase(manager, existing.id, checked.values);
    const version = state.draft ? state.draft.version : state.row.version;
    const before = await this.currentValues(manager, state);
    await this.writeDraft(
      manager,
      state,
      version,
      version + 1,
      {
        values: checked.values,
        status: ContentStatus.DRAFT,
        scheduledPublishAt: state.draft?.scheduledPublishAt ?? null,
        unpublishAt: state.draft?.unpublishAt ?? null,
      },
      actor,
    );
    await this.record(
      manager,
      existing.id,
      {
        action: "IMPORT",
        version: version + 1,
        status: ContentStatus.DRAFT,
        values: checked.values,
        before,
      },
      actor,
    );
    return "updated";
  }

  async saveDraft(
    id: string,
    version: number,
    input: Values,
    options: {
      autosave?: boolean | null;
      confirmPublicAudience?: boolean | null;
    },
    actor: Actor,
  ) {
    requireEditor(actor);
    const checked = this.validate(input);
    return editorialTransaction(this.dataSource, async (manager) => {
      const state = await this.load(manager, id);
      await this.checkVersion(manager, state, version, actor.now);
      const currentAudience = (state.draft?.audience as Audience | undefined) ?? state.row.audience;
      if (checked.audience === Audience.PUBLIC && currentAudience !== Audience.PUBLIC && !options.confirmPublicAudience) {
        throw audienceWideningNotConfirmed(currentAudience);
      }
      await this.checkInDatabase(manager, id, checked.values);
      const before = await this.currentValues(manager, state);
      const next = version + 1;
      await this.writeDraft(
        manager,
        state,
        version,
        next,
        {
          values: checked.values,
          status: ContentStatus.DRAFT,
          scheduledPublishAt: state.draft?.scheduledPublishAt ?? null,
          unpublishAt: state.draft?.unpublishAt ?? null,
        },
        actor,
      );
      await this.record(
        manager,
        id,
        {
          action: "SAVE",
          version: next,
          status: ContentStatus.DRAFT,
          values: checked.values,
          before,
          autosave: !!options.autosave,
        },
        actor,
      );
      return this.finish(manager, id, actor.now);
    });
  }

  async submitForReview(id: string, version: number, actor: Actor) {
    requireEditor(actor);
    return editorialTransaction(this.dataSource, async (manager) => {
      const state = await this.load(manager, id);
      await this.checkVersion(manager, state, version, actor.now);
      if (!state.draft) throw badUserInput("There is no draft to send for review: save a change first.", "id");
      if (state.draft.status !== ContentStatus.DRAFT) throw badUserInput("The draft is already waiting for review.", "id");
      const values = parseJson(state.draft.values);
      const next = version + 1;
      await this.writeDraft(
        manager,
        state,
        version,
        next,
        {
          values,
          status: ContentStatus.IN_REVIEW,
          scheduledPublishAt: state.draft.scheduledPublishAt,
          unpublishAt: state.draft.unpublishAt,
        },
        actor,
      );
      await this.record(
        manager,
        id,
        {
          action: "SUBMIT",
          version: next,
          status: ContentStatus.IN_REVIEW,
          values,
          before: values,
        },
        actor,
      );
      return this.finish(manager, id, actor.now);
    });
  }

  async publish(id: string, version: number, when: { publishAt?: Date | null; unpublishAt?: Date | null }, actor: Actor) {
    requirePublisher(actor);
    const publishAt = when.publishAt ?? null;
    const unpublishAt = when.unpublishAt ?? null;
    if (unpublishAt && unpublishAt <= (publishAt && publishAt > actor.now ? publishAt : actor.now)) {
      throw badUserInput("Avpubliceringen måste ligga efter publiceringen.", "unpublishAt");
    }
    return editorialTransaction(this.dataSource, async (manager) => {
      const state = await this.load(manager, id);
      await this.checkVersion(manager, state, version, actor.now);
      if (publishAt && publishAt > actor.now) {
        const values = await this.currentValues(manager, state);
        const status = (state.draft?.status as ContentStatus | undefined) ?? ContentStatus.DRAFT;
        const next = version + 1;
        await this.writeDraft(manager, state, version, next, { values, status, scheduledPublishAt: publishAt, unpublishAt }, actor);
        await this.record(manager, id, { action: "SCHEDULE", version: next, status, values, before: values }, actor);
      } else {
        await this.publishNow(manager, state, version, unpublishAt, actor);
      }
      return this.finish(manager, id, actor.now);
    });
  }

  /** Applies the working copy (or the row's own values) to the row and makes it PUBLISHED. */
  private async publishNow(manager: EntityManager, state: State, version: number, unpublishAt: Date | null, actor: Actor): Promise<void> {
    const { row, draft } = state;
    const before = hasPublishedCopy(row) ? await this.rowValues(manager, row) : null;
    const values = draft ? parseJson(draft.values) : await this.rowValues(manager, row);
    const next = version + 1;
    if (draft) {
      const claimed = await manager
        .createQueryBuilder()
        .delete()
        .from(EditorialDraft)
        .where("entityType = :t AND entityId = :id AND version = :v", {
          t: this.reg.key,
          id: row.id,
          v: version,
        })
        .execute();
      if (claimed.affected !== 1) await this.conflictNow(manager, row.id, version, actor.now);
    }
    await this.reg.adapter.apply(manager, row.id, ownValues(values), {
      mode: "update",
      base: {
        id: row.id,
        audience: values.audience as Audience,
        region: String(values.region),
        status: ContentStatus.PUBLISHED,
        version: next,
      },
      viewer: actor.viewer,
      now: actor.now,
    });
    await this.updateRow(
      manager,
      row,
      {
        status: ContentStatus.PUBLISHED,
        version: next,
        audience: values.audience as Audience,
        region: String(values.region),
        publishAt: null,
        unpublishAt,
      },
      actor.now,
    );
    await this.record(
      manager,
      row.id,
      {
        action: "PUBLISH",
        version: next,
        status: ContentStatus.PUBLISHED,
        values,
        before,
      },
      actor,
    );
  }

  async unschedule(id: string, version: number, actor: Actor) {
    requirePublisher(actor);
    return editorialTransaction(this.dataSource, async (manager) => {
      const state = await this.load(manager, id);
      await this.checkVersion(manager, state, version, actor.now);
      const next = version + 1;
      const values = await this.currentValues(manager, state);
      if (state.draft && (state.draft.scheduledPublishAt || state.draft.unpublishAt)) {
        const status = state.draft.status as ContentStatus;
        await this.writeDraft(manager, state, version, next, { values, status, scheduledPublishAt: null, unpublishAt: null }, actor);
        await this.record(
          manager,
          id,
          {
            action: "UNSCHEDULE",
            version: next,
            status,
            values,
            before: values,
          },
          actor,
        );
      } else if (!state.draft && state.row.unpublishAt) {
        await this.updateRow(manager, state.row, { version: next, unpublishAt: null }, actor.now);
        await this.record(
          manager,
          id,
          {
            action: "UNSCHEDULE",
            version: next,
            status: state.row.status,
            values,
            before: values,
          },
          actor,
        );
      } else {
        throw badUserInput("Nothing is scheduled for this item.", "id");
      }
      return this.finish(manager, id, actor.now);
    });
  }

  async archive(id: string, version: number, actor: Actor) {
    requirePublisher(actor);
    return editorialTransaction(this.dataSource, async (manager) => {
      const state = await this.load(manager, id);
      await this.checkVersion(manager, state, version, actor.now);
      if (state.row.status === ContentStatus.ARCHIVED && !state.draft) throw badUserInput("The item is already archived.", "id");
      const values = await this.currentValues(manager, state);
      const next = version + 1;
      if (state.draft) {
        const claimed = await manager
          .createQueryBuilder()
          .delete()
          .from(EditorialDraft)
          .where("entityType = :t AND entityId = :id AND version = :v", {
            t: this.reg.key,
            id,
            v: version,
          })
          .execute();
        if (claimed.affected !== 1) await this.conflictNow(manager, id, version, actor.now);
      }
      await this.updateRow(manager, state.row, { status: ContentStatus.ARCHIVED, version: next }, actor.now);
      await this.record(
        manager,
        id,
        {
          action: "ARCHIVE",
          version: next,
          status: ContentStatus.ARCHIVED,
          values,
          before: values,
        },
        actor,
      );
      return this.finish(manager, id, actor.now);
    });
  }

  async restoreRevision(id: string, number: number, version: number, options: { confirmPublicAudience?: boolean | null }, actor: Actor) {
    requireEditor(actor);
    return editorialTransaction(this.dataSource, async (manager) => {
      const state = await this.load(manager, id);
      await this.checkVersion(manager, state, version, actor.now);
      const revision = await this.revisionByNumber(manager, id, number);
      const snapshot = parseJson(revision.snapshot);
      // Revisions written before decision 019 hold the whole entity: keep the fields the form has.
      const names = new Set(allFields(this.reg).map((f) => f.name));
      const candidate = revision.action ? snapshot : Object.fromEntries(Object.entries(snapshot).filter(([k]) => names.has(k)));
      const result = validateValues(this.reg, candidate);
      if (!result.ok) throw validationFailed(result.errors, "This revision does not pass today's rules; it cannot be restored as it is.");
      const currentAudience = (state.draft?.audience as Audience | undefined) ?? state.row.audience;
      if (result.value.audience === Audience.PUBLIC && currentAudience !== Audience.PUBLIC && !options.confirmPublicAudience) {
        throw audienceWideningNotConfirmed(currentAudience);
      }
      await this.checkInDatabase(manager, id, result.value.values);
      const before = await this.currentValues(manager, state);
      const next = version + 1;
      await this.writeDraft(
        manager,
        state,
        version,
        next,
        {
          values: result.value.values,
          status: ContentStatus.DRAFT,
          scheduledPublishAt: null,
          unpublishAt: null,
        },
        actor,
      );
      await this.record(
        manager,
        id,
        {
          action: "RESTORE",
          version: next,
          status: ContentStatus.DRAFT,
          values: result.value.values,
          before,
        },
        actor,
      );
      return this.finish(manager, id, actor.now);
    });
  }

  // ---------------------------------------------------------------- scheduler

  /** Publishes every working copy whose scheduled time has come; each in its own transaction. */
  async publishDue(now: Date): Promise<number> {
    const due = await this.dataSource
      .getRepository(EditorialDraft)
      .createQueryBuilder("d")
      .where("d.entityType = :t AND d.scheduledPublishAt IS NOT NULL AND d.scheduledPublishAt <= :now", { t: this.reg.key, now })
      .getMany();
    let published = 0;
    for (const draft of due) {
      const done = await editorialTransaction(this.dataSource, async (manager) => {
        const row = (await manager.getRepository(this.reg.entity).findOneBy({
          id: draft.entityId,
        } as never)) as ContentEntity | null;
        if (!row) return false;
        // Claimed by deleting exactly this version of the copy: another instance gets 0 rows and stops.
        await this.publishNow(manager, { row, draft }, draft.version, draft.unpublishAt, { viewer: null, now });
        return true;
      }).catch((error: unknown) => {
        if ((error as { extensions?: { code?: string } }).extensions?.code === "CONFLICT") return false;
        throw error;
      });
      if (done) published++;
    }
    return published;
  }

  /** Archives every published row whose unpublishAt has passed; each in its own transaction. */
  async archiveExpired(now: Date): Promise<number> {
    const rows = (await this.dataSource
      .getRepository(this.reg.entity)
      .createQueryBuilder("item")
      .where("item.status = :published AND item.unpublishAt IS NOT NULL AND item.unpublishAt <= :now", { published: ContentStatus.PUBLISHED, now })
      .getMany()) as ContentEntity[];
    let archived = 0;
    for (const stale of rows) {
      const done = await editorialTransaction(this.dataSource, async (manager) => {
        const draft = await manager.getRepository(EditorialDraft).findOneBy({ entityType: this.reg.key, entityId: stale.id });
        const next = Math.max(stale.version, draft?.version ?? 0) + 1;
        const claimed = await manager
          .createQueryBuilder()
          .update(this.reg.entity)
          .set({
            status: ContentStatus.ARCHIVED,
            version: next,
            updatedAt: now,
          } as never)
          .where("id = :id AND version = :v AND status = :published", {
            id: stale.id,
            v: stale.version,
            published: ContentStatus.PUBLISHED,
          })
          .execute();
        if (claimed.affected !== 1) return false;
        // An open working copy stays, at the item's new version, so the editor's next save still fits.
        if (draft)
          await manager.update(
            EditorialDraft,
            {
              entityType: this.reg.key,
              entityId: stale.id,
              version: draft.version,
            },
            { version: next },
          );
        const values = await this.rowValues(manager, stale);
        await this.record(
          manager,
          stale.id,
          {
            action: "ARCHIVE",
            version: next,
            status: ContentStatus.ARCHIVED,
            values,
            before: values,
          },
          { viewer: null, now },
        );
        return true;
      });
      if (done) archived++;
    }
    return archived;
  }

  /** The working copy's values (else the row's) of the item a preview token names. */
  async previewValues(id: string): Promise<Values | null> {
    const manager = this.dataSource.manager;
    const row = (await manager.getRepository(this.reg.entity).findOneBy({ id } as never)) as ContentEntity | null;
    if (!row) return null;
    const draft = await manager.getRepository(EditorialDraft).findOneBy({ entityType: this.reg.key, entityId: id });
    return draft ? parseJson(draft.values) : this.rowValues(manager, row);
  }

  async portalPathOf(id: string, actor: Actor): Promise<string> {
    requireEditor(actor);
    const values = await this.previewValues(id);
    if (!values) throw notFound(this.reg.key, id);
    const path = this.reg.portalPath(values as never);
    if (!path) throw notFound(`A portal page for ${this.reg.key}`, id);
    return path;
  }
}

function toRevision(r: Revision): EditorialRevision {
  const action = r.action && r.action in EditorialActionEnum ? (r.action as EditorialActionEnum) : EditorialActionEnum.LEGACY;
  let changed: string[] = [];
  try {
    changed = JSON.parse(r.changedFields) as string[];
  } catch {
    changed = [];
  }
  return {
    number: r.number ?? 0,
    version: r.version,
    action,
    status: (r.status as ContentStatus | null) ?? null,
    autosave: !!r.autosave,
    author: r.authorSubject,
    at: r.recordedAt ?? r.createdAt,
    changedFields: changed,
    values: parseJson(r.snapshot),
  };
}

const MAX_CURSOR_LENGTH = 2_048;

function decodeListCursor(cursor: string): {
  v: string | number | null;
  id: string;
} {
  const invalid = () => badUserInput("This cursor is not valid. Start again from the first page.", "after");
  if (cursor.length > MAX_CURSOR_LENGTH) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw invalid();
  const { v, id, ...rest } = parsed as Record<string, unknown>;
  const okValue = v === null || typeof v === "string" || (typeof v === "number" && Number.isFinite(v));
  if (!("v" in parsed) || !okValue || typeof id !== "string" || id === "" || Object.keys(rest).length > 0) throw invalid();
  return { v: v as string | number | null, id };
}

function normaliseSortValue(v: unknown): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string") return v;
  if (v instanceof Date) return v.toISOString();
  return String(v);
}
