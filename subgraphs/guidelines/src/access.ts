import type { Role, SubgraphContext } from "@vardportal/kit";
import { guidelineStore } from "./guideline-store.js";

/**
 * The only way to read guidelines: published, live and in an audience the viewer may read, all in
 * the SQL. Lists, slug lookups and entity references start here and only ever narrow it.
 */
export function visibleGuidelines(ctx: SubgraphContext, alias = "guideline") {
  return guidelineStore(ctx.dataSource).live(ctx.viewer, ctx.now, alias);
}

/**
 * The journal-access tool (`journalAccess`, `noteVisibility`) is for those who read staff guidance:
 * care staff, and editors and admins who support them. Residents get `explainJournalAccess`.
 */
export const accessToolRoles: Role[] = ["staff", "editor", "admin"];
