import type { AuthChecker } from "type-graphql";
import { forbidden, unauthenticated } from "../errors.js";
import { hasRole, type Role } from "../identity/viewer.js";
import type { SubgraphContext } from "./context.js";

/**
 * `@Authorized()` needs a viewer; `@Authorized("staff", …)` needs one of those roles. It throws our
 * coded errors itself, so a guarded nullable field comes back null with the code on its path.
 */
export const authChecker: AuthChecker<SubgraphContext, Role> = ({ context }, roles) => {
  if (!context.viewer) throw unauthenticated();
  if (roles.length > 0 && !hasRole(context.viewer, ...roles)) throw forbidden();
  return true;
};
