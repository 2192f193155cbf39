import type { AuthChecker } from "type-graphql";
import { forbidden, unauthenticated } from "../errors.js";
import { hasRole, type Role } from "../identity/viewer.js";
import type { SubgraphContext } from "./context.js";

/**
 * `@Authorized()` guards what needs a login: anonymous gets UNAUTHENTICATED. `@Authorized("staff", …)`
 * guards what needs a role: anyone without it gets FORBIDDEN, anonymous visitors included, because
 * logging in as a resident would not help them either. It throws our coded errors itself, so a
 * guarded nullable field comes back null with the code on its path and the rest of the response intact.
 */
export const authChecker: AuthChecker<SubgraphContext, Role> = ({ context }, roles) => {
  if (roles.length === 0) {
    if (!context.viewer) throw unauthenticated();
    return true;
  }
  if (!hasRole(context.viewer, ...roles)) throw forbidden();
  return true;
};
