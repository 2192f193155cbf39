import { GraphQLJSONObject } from "graphql-scalars";
import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { PageArgs } from "../content/pagination.js";
import type { SubgraphContext } from "../server/context.js";
import { auditLog } from "./audit-log.js";
import { importCsv } from "./csv.js";
import { EditorialEngine, type Actor } from "./engine.js";
import {
  AuditLogEntryConnection,
  AuditLogFilter,
  EditorialCsvImportResult,
  EditorialFieldDiff,
  EditorialItem,
  EditorialItemConnection,
  EditorialListArgs,
  EditorialRevisionConnection,
  EditorialType,
  PreviewLink,
} from "./graphql-types.js";
import { portalUrl, PREVIEW_PARAM, signPreviewToken } from "./preview.js";
import { describeType, rootFieldNames } from "./registry.js";
import type { EditorialRegistry, EditorialTypeRegistration } from "./types.js";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Constructor = Function;

const EDITORS = ["editor", "admin"] as const;

const actorOf = (ctx: SubgraphContext): Actor => ({ viewer: ctx.viewer, now: ctx.now, requestId: ctx.requestId });

/**
 * The admin API of one content type, generated from its registration (decision 019). Every field is
 * guarded twice: `@Authorized` here (FORBIDDEN for anyone but editors and admins, anonymous too) and
 * the engine's own role check, so a call from elsewhere in the code is guarded as well.
 */
function typeResolver(reg: EditorialTypeRegistration): Constructor {
  const n = rootFieldNames(reg);
  const engine = (ctx: SubgraphContext) => new EditorialEngine(ctx.dataSource, reg);

  @Resolver()
  class EditorialTypeResolver {
    @Authorized(...EDITORS)
    @Query(() => EditorialType, { name: n.type, description: `The form of ${reg.key}: its fields and what the admin offers.` })
    type(): EditorialType {
      return describeType(reg);
    }

    @Authorized(...EDITORS)
    @Query(() => EditorialItemConnection, { name: n.list, description: `Every ${reg.key} for editors: drafts, published and archived.` })
    list(@Args(() => EditorialListArgs) filter: EditorialListArgs, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: SubgraphContext) {
      return engine(ctx).list({ ...filter, first: page.first, after: page.after }, actorOf(ctx));
    }

    @Authorized(...EDITORS)
    @Query(() => EditorialItem, { name: n.item, description: "NOT_FOUND when there is no such item." })
    item(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext) {
      return engine(ctx).item(id, actorOf(ctx));
    }

    @Authorized(...EDITORS)
    @Query(() => EditorialRevisionConnection, { name: n.revisions, description: "Newest first." })
    revisions(@Arg("id", () => ID) id: string, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: SubgraphContext) {
      return engine(ctx).revisions(id, page, actorOf(ctx));
    }

    @Authorized(...EDITORS)
    @Query(() => [EditorialFieldDiff], { name: n.diff, description: "What changed between two revisions (by number), field by field." })
    diff(@Arg("id", () => ID) id: string, @Arg("from", () => Int) from: number, @Arg("to", () => Int) to: number, @Ctx() ctx: SubgraphContext) {
      return engine(ctx).diff(id, from, to, actorOf(ctx));
    }

    @Authorized(...EDITORS)
    @Mutation(() => EditorialItem, { name: n.create, description: "A new DRAFT (not live) with its working copy." })
    create(
      @Arg("values", () => GraphQLJSONObject) values: Record<string, unknown>,
      @Arg("confirmPublicAudience", () => Boolean, { nullable: true, defaultValue: false }) _confirm: boolean,
      @Ctx() ctx: SubgraphContext,
    ) {
      return engine(ctx).create(values, actorOf(ctx));
    }

    @Authorized(...EDITORS)
    @Mutation(() => EditorialItem, { name: n.saveDraft, description: "Saves the working copy; readers keep seeing the published row. CONFLICT on a stale version." })
    saveDraft(
      @Arg("id", () => ID) id: string,
      @Arg("version", () => Int) version: number,
      @Arg("values", () => GraphQLJSONObject) values: Record<string, unknown>,
      @Arg("autosave", () => Boolean, { nullable: true, defaultValue: false }) autosave: boolean,
      @Arg("confirmPublicAudience", () => Boolean, { nullable: true, defaultValue: false }) confirmPublicAudience: boolean,
      @Ctx() ctx: SubgraphContext,
    ) {
      return engine(ctx).saveDraft(id, version, values, { autosave, confirmPublicAudience }, actorOf(ctx));
    }

    @Authorized(...EDITORS)
    @Mutation(() => EditorialItem, { name: n.submitForReview })
    submitForReview(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Ctx() ctx: SubgraphContext) {
      return engine(ctx).submitForReview(id, version, actorOf(ctx));
    }

    @Authorized(...EDITORS)
    @Mutation(() => EditorialItem, { name: n.publish, description: "Publishes now, or schedules when publishAt is in the future." })
    publish(
      @Arg("id", () => ID) id: string,
      @Arg("version", () => Int) version: number,
      @Arg("publishAt", () => Date, { nullable: true }) publishAt: Date | null,
      @Arg("unpublishAt", () => Date, { nullable: true }) unpublishAt: Date | null,
      @Ctx() ctx: SubgraphContext,
    ) {
      return engine(ctx).publish(id, version, { publishAt, unpublishAt }, actorOf(ctx));
    }

    @Authorized(...EDITORS)
    @Mutation(() => EditorialItem, { name: n.unschedule, description: "Cancels a scheduled publish and unpublish." })
    unschedule(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Ctx() ctx: SubgraphContext) {
      return engine(ctx).unschedule(id, version, actorOf(ctx));
    }

    @Authorized(...EDITORS)
    @Mutation(() => EditorialItem, { name: n.archive, description: "Takes the item off the portal; nothing is deleted." })
    archive(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Ctx() ctx: SubgraphContext) {
      return engine(ctx).archive(id, version, actorOf(ctx));
    }

    @Authorized(...EDITORS)
    @Mutation(() => EditorialItem, { name: n.restoreRevision, description: "The revision's values become the working copy (DRAFT); the published row is untouched." })
    restoreRevision(
      @Arg("id", () => ID) id: string,
      @Arg("number", () => Int) number: number,
      @Arg("version", () => Int) version: number,
      @Arg("confirmPublicAudience", () => Boolean, { nullable: true, defaultValue: false }) confirmPublicAudience: boolean,
      @Ctx() ctx: SubgraphContext,
    ) {
      return engine(ctx).restoreRevision(id, number, version, { confirmPublicAudience }, actorOf(ctx));
    }

    @Authorized(...EDITORS)
    @Mutation(() => PreviewLink, { name: n.previewLink, description: "A 10-minute link to the portal page showing the working copy, for this editor only." })
    async previewLink(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<PreviewLink> {
      const path = await engine(ctx).portalPathOf(id, actorOf(ctx));
      const { token, expiresAt } = await signPreviewToken({ subject: ctx.viewer!.subject, type: reg.key, id }, ctx.now);
      const separator = path.includes("?") ? "&" : "?";
      return { url: `${portalUrl()}${path}${separator}${PREVIEW_PARAM}=${encodeURIComponent(token)}`, expiresAt };
    }
  }

  if (!reg.csvImport) return EditorialTypeResolver;

  @Resolver()
  class EditorialImportResolver {
    @Authorized(...EDITORS)
    @Mutation(() => EditorialCsvImportResult, { name: n.importCsv, description: "A dry run (the default) lists every row's errors; applying writes all rows or none." })
    importCsv(
      @Arg("csv", () => String) csv: string,
      @Arg("dryRun", () => Boolean, { nullable: true, defaultValue: true }) dryRun: boolean,
      @Arg("target", () => ID, { nullable: true }) target: string | null,
      @Ctx() ctx: SubgraphContext,
    ) {
      return importCsv(ctx.dataSource, reg, { csv, dryRun: dryRun !== false, target: target ?? null }, actorOf(ctx));
    }
  }
  return [EditorialTypeResolver, EditorialImportResolver] as unknown as Constructor;
}

/**
 * Every resolver class of a registry: one per type (two with CSV import) and the area's audit log.
 * Put them in the subgraph definition's `resolvers`.
 */
export function editorialResolvers(registry: EditorialRegistry): Constructor[] {
  const classes: Constructor[] = [];
  for (const reg of registry.types) {
    const made = typeResolver(reg) as Constructor | Constructor[];
    classes.push(...(Array.isArray(made) ? made : [made]));
  }
  const entityTypes = registry.types.map((t) => t.key);

  @Resolver()
  class EditorialAuditLogResolver {
    @Authorized(...EDITORS)
    @Query(() => AuditLogEntryConnection, { name: `${registry.area}AuditLog`, description: "Who changed which content and when, newest first." })
    auditLog(
      @Arg("filter", () => AuditLogFilter, { nullable: true }) filter: AuditLogFilter | null,
      @Args(() => PageArgs) page: PageArgs,
      @Ctx() ctx: SubgraphContext,
    ) {
      return auditLog(ctx, entityTypes, filter ?? {}, page);
    }
  }
  classes.push(EditorialAuditLogResolver);
  return classes;
}
