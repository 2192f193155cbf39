import { ContentStore, type SubgraphContext } from "@vardportal/kit";
import { EService } from "./entities/e-service.entity.js";

/**
 * Every read of the catalogue starts here: a query that can only return e-services that are
 * published, live right now and written for an audience the viewer belongs to.
 */
export function readableEServices(ctx: SubgraphContext, alias: string) {
  return new ContentStore(ctx.dataSource, EService, "EService").live(ctx.viewer, ctx.now, alias);
}
