import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Connection, forbidden, notFound, PageArgs, paginate, type SubgraphContext } from "@vardportal/kit";
import { archiveStaffRoles, readableRequests, requesterRoles } from "../access.js";
import { ReleaseAttachment } from "../entities/release-attachment.entity.js";
import { ReleaseStep } from "../entities/release-enums.js";
import { ReleaseRequestEvent } from "../entities/release-request-event.entity.js";
import { ReleaseRequest } from "../entities/release-request.entity.js";
import { submitRequest } from "../release-requests.js";
import { nextSteps } from "../rules/release-lifecycle.js";
import { ReleaseRequestInput } from "./inputs/release-request.input.js";

export const ReleaseRequestConnection = Connection(ReleaseRequest, "ReleaseRequest");
const ALIAS = "request";

@Resolver(() => ReleaseRequest)
export class ReleaseRequestResolver {
  @Mutation(() => ReleaseRequest, { description: "A logged-in resident files a request for a copy of a record." })
  @Authorized(...requesterRoles)
  submitReleaseRequest(@Arg("input", () => ReleaseRequestInput) input: ReleaseRequestInput, @Ctx() ctx: SubgraphContext): Promise<ReleaseRequest> {
    const viewer = ctx.viewer;
    if (!viewer?.personnummer) throw forbidden("A request is tied to a personnummer: log in with e-ID.");
    return submitRequest(ctx, { ...viewer, personnummer: viewer.personnummer }, input);
  }

  @Query(() => ReleaseRequestConnection, { description: "The logged-in person's own requests, oldest first." })
  @Authorized()
  myReleaseRequests(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: SubgraphContext) {
    const own = ctx.viewer?.personnummer;
    const qb = ctx.dataSource.getRepository(ReleaseRequest).createQueryBuilder(ALIAS);
    qb.where(own ? `${ALIAS}.submitterPersonnummer = :own` : "1 = 0", { own });
    return paginate(qb, ALIAS, "referenceNumber", page, (r) => r.referenceNumber);
  }

  @Query(() => ReleaseRequest, { description: "One request: archive staff read any; anyone else only their own (another's is NOT_FOUND)." })
  @Authorized()
  async releaseRequest(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<ReleaseRequest> {
    const found = await readableRequests(ctx, ALIAS).andWhere(`${ALIAS}.id = :id`, { id }).getOne();
    if (!found) throw notFound("Release request", id);
    return found;
  }

  @FieldResolver(() => [ReleaseRequestEvent], { description: "What has happened, oldest first." })
  history(@Root() request: ReleaseRequest, @Ctx() ctx: SubgraphContext) {
    return ctx.dataSource.getRepository(ReleaseRequestEvent).find({ where: { requestId: request.id }, order: { seq: "ASC" } });
  }

  @FieldResolver(() => [ReleaseAttachment])
  attachments(@Root() request: ReleaseRequest, @Ctx() ctx: SubgraphContext) {
    return ctx.dataSource.getRepository(ReleaseAttachment).find({ where: { requestId: request.id }, order: { uploadedAt: "ASC", id: "ASC" } });
  }

  @FieldResolver(() => [ReleaseStep], { description: "The steps archive staff may take next." })
  @Authorized(...archiveStaffRoles)
  nextSteps(@Root() request: ReleaseRequest): ReleaseStep[] {
    return nextSteps({ status: request.status, harmDecision: request.harmDecision }) as ReleaseStep[];
  }

  @FieldResolver(() => String, { description: "Who filed it (archive staff only)." })
  @Authorized(...archiveStaffRoles)
  submitterPersonnummer(@Root() request: ReleaseRequest): string {
    return request.submitterPersonnummer;
  }
}
