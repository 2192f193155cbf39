import { Authorized, FieldResolver, Resolver, Root } from "type-graphql";
import { archiveStaffRoles } from "../access.js";
import { ReleaseRequestEvent } from "../entities/release-request-event.entity.js";

@Resolver(() => ReleaseRequestEvent)
export class ReleaseRequestEventResolver {
  @FieldResolver(() => String, { description: "Who took the step (archive staff only; a resident sees that the archive did)." })
  @Authorized(...archiveStaffRoles)
  actorSubject(@Root() event: ReleaseRequestEvent): string {
    return event.actorSubject;
  }
}
