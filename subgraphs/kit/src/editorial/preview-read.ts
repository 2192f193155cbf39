import type { SubgraphContext } from "../server/context.js";
import { EditorialEngine } from "./engine.js";
import { previewTarget } from "./preview.js";
import type { EditorialTypeRegistration } from "./types.js";

/**
 * For the ONE single-item lookup a portal page uses: the working copy's values of the item this
 * request's preview token names — or null unless the token verifies, is unexpired, names this type,
 * and the viewer is an editor/admin with the token's subject. Lists must never call this.
 */
export async function readEditorialPreview(
  ctx: SubgraphContext,
  reg: EditorialTypeRegistration,
): Promise<{ id: string; values: Record<string, unknown> } | null> {
  const id = await previewTarget(ctx, reg.key);
  if (!id) return null;
  const values = await new EditorialEngine(ctx.dataSource, reg).previewValues(id);
  return values ? { id, values } : null;
}
