import type { SubgraphContext } from "@vardportal/kit";
import { forbidden } from "@vardportal/kit";

/**
 * The one caller of the internal check-in operations: the e-services subgraph, which signs its
 * identity tokens with a key of its own (decision 012). The internal listener verifies with that
 * key only, so this subject cannot come from the gateway, and no gateway token reaches this listener.
 */
export const E_SERVICES_PRINCIPAL = "service:e-services";

export function requireCheckInService(ctx: SubgraphContext): void {
  if (ctx.viewer?.subject !== E_SERVICES_PRINCIPAL || ctx.viewer.roles.length > 0) {
    throw forbidden("Only the check-in service may use this operation.");
  }
}
