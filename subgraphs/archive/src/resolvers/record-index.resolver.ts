import { randomUUID } from "node:crypto";
import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from "type-graphql";
import { Connection, likeAnyCase, notFound, PageArgs, paginate, paginateByExpression, validationFailed, type SubgraphContext } from "@vardportal/kit";
import { parsePersonnummer, personnummerMessages } from "@vardportal/kit/personnummer";
import { archiveStaffRoles } from "../access.js";
import { RecordIndexAccess, RecordIndexAction } from "../entities/record-index-access.entity.js";
import { RecordIndexEntry } from "../entities/record-index-entry.entity.js";
import { RecordIndexSearchInput } from "./inputs/release-request.input.js";

const RecordIndexEntryConnection = Connection(RecordIndexEntry, "RecordIndexEntry");
const RecordIndexAccessConnection = Connection(RecordIndexAccess, "RecordIndexAccess");
const ALIAS = "entry";
const PURPOSE = { min: 5, max: 500 };
const MAX_TEXT = 100;

function checkPurpose(raw: string | null | undefined): string {
  const purpose = raw?.trim() ?? "";
  if (purpose.length < PURPOSE.min) throw validationFailed({ purpose: [`Ange syftet med sökningen (minst ${PURPOSE.min} tecken), till exempel ärendenumret.`] });
  if (purpose.length > PURPOSE.max) throw validationFailed({ purpose: [`Högst ${PURPOSE.max} tecken.`] });
  return purpose;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Writes the access-log line before anything is returned: no read of the index goes unlogged. */
async function logAccess(ctx: SubgraphContext, entry: { action: RecordIndexAction; criteria: unknown; entryId: string | null; resultCount: number; purpose: string }) {
  await ctx.dataSource.getRepository(RecordIndexAccess).insert({
    id: randomUUID(),
    at: ctx.now,
    atMs: ctx.now.getTime(),
    actorSubject: ctx.viewer!.subject,
    actorRoles: ctx.viewer!.roles.join(","),
    action: entry.action,
    criteria: JSON.stringify(entry.criteria),
    entryId: entry.entryId,
    resultCount: entry.resultCount,
    purpose: entry.purpose,
  });
}

/**
 * The record index: archive staff only, on every path (the type has no federation key, so it is not
 * reachable through `_entities`), and every search and view is logged with its purpose.
 */
@Resolver(() => RecordIndexEntry)
export class RecordIndexResolver {
  @Query(() => RecordIndexEntryConnection, { description: "Search the record index (archive staff only); logged with the purpose given." })
  @Authorized(...archiveStaffRoles)
  async recordIndexSearch(
    @Arg("input", () => RecordIndexSearchInput) input: RecordIndexSearchInput,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
  ) {
    const purpose = checkPurpose(input.purpose);
    const errors: Record<string, string[]> = {};
    const criteria: Record<string, string | number> = {};
    const qb = ctx.dataSource.getRepository(RecordIndexEntry).createQueryBuilder(ALIAS).where("1 = 1");
    if (input.personnummer?.trim()) {
      const parsed = parsePersonnummer(input.personnummer);
      if (!parsed.ok) errors.personnummer = [personnummerMessages[parsed.problem].sv];
      else {
        criteria.personnummer = parsed.personnummer.value;
        qb.andWhere(`${ALIAS}.personnummer = :pnr`, { pnr: parsed.personnummer.value });
      }
    }
    for (const field of ["name", "unit"] as const) {
      const text = input[field]?.trim();
      if (!text) continue;
      if (text.length > MAX_TEXT) errors[field] = [`Högst ${MAX_TEXT} tecken.`];
      criteria[field] = text;
    }
    const like = likeAnyCase(ctx.dataSource);
    if (criteria.name) qb.andWhere(`${ALIAS}.patientName ${like} :name ESCAPE '\\'`, { name: `%${escapeLike(String(criteria.name))}%` });
    if (criteria.unit) {
      qb.andWhere(`(${ALIAS}.unit ${like} :unit ESCAPE '\\' OR ${ALIAS}.enterprise ${like} :unit ESCAPE '\\')`, { unit: `%${escapeLike(String(criteria.unit))}%` });
    }
    for (const field of ["yearFrom", "yearTo"] as const) {
      const year = input[field];
      if (year === null || year === undefined) continue;
      if (!Number.isInteger(year) || year < 1800 || year > 2200) errors[field] = ["Ett årtal mellan 1800 och 2200."];
      else criteria[field] = year;
    }
    if (typeof criteria.yearFrom === "number" && typeof criteria.yearTo === "number" && criteria.yearTo < criteria.yearFrom) {
      errors.yearTo = ["Slutåret kan inte vara före startåret."];
    }
    // A record's contact period overlaps the years asked for.
    if (typeof criteria.yearFrom === "number") qb.andWhere(`${ALIAS}.lastContact >= :from`, { from: `${criteria.yearFrom}-01-01` });
    if (typeof criteria.yearTo === "number") qb.andWhere(`${ALIAS}.firstContact <= :to`, { to: `${criteria.yearTo}-12-31` });
    if (Object.keys(errors).length) throw validationFailed(errors);
    if (Object.keys(criteria).length === 0) throw validationFailed({ personnummer: ["Ange minst ett sökbegrepp: personnummer, namn, period eller enhet."] });

    const result = await paginate(qb, ALIAS, "patientName", page, (e) => e.patientName);
    await logAccess(ctx, { action: RecordIndexAction.SEARCH, criteria, entryId: null, resultCount: result.totalCount, purpose });
    return result;
  }

  @Query(() => RecordIndexEntry, { description: "One entry of the record index (archive staff only); logged with the purpose given." })
  @Authorized(...archiveStaffRoles)
  async recordIndexEntry(@Arg("id", () => ID) id: string, @Arg("purpose", () => String) purposeRaw: string, @Ctx() ctx: SubgraphContext): Promise<RecordIndexEntry> {
    const purpose = checkPurpose(purposeRaw);
    const entry = await ctx.dataSource.getRepository(RecordIndexEntry).findOneBy({ id });
    await logAccess(ctx, { action: RecordIndexAction.VIEW, criteria: { id }, entryId: entry ? id : null, resultCount: entry ? 1 : 0, purpose });
    if (!entry) throw notFound("Record index entry", id);
    return entry;
  }

  @Query(() => RecordIndexAccessConnection, { description: "Who read the record index, newest first; optionally for one entry (archive staff only)." })
  @Authorized(...archiveStaffRoles)
  recordIndexAccessLog(@Arg("entryId", () => ID, { nullable: true }) entryId: string | null | undefined, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: SubgraphContext) {
    const qb = ctx.dataSource.getRepository(RecordIndexAccess).createQueryBuilder("log").where("1 = 1");
    if (entryId) qb.andWhere("log.entryId = :entryId", { entryId });
    return paginateByExpression(qb, "log", "(0 - log.atMs)", page);
  }
}
