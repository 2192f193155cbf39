import type { Session } from "@vardportal/web/auth";
import { createGatewayClient, type GatewayResult } from "@vardportal/web/gateway";
import { operationName } from "~/editorial/operations.graphql";
import { requireRole } from "./auth.server";
import { env } from "./env.server";

/** The admin's only way to data: the gateway, with the signed-in editor's own access token. */
export const gatewayRequest = createGatewayClient({ url: env.GATEWAY_URL, timeoutMs: env.GATEWAY_TIMEOUT_MS });

export type Editor = {
  session: Session;
  /** Sends one of the admin's documents (operations.graphql.ts) as this editor. */
  send: (document: string, variables?: Record<string, unknown>) => Promise<GatewayResult>;
};

/**
 * Every loader and action starts here: anonymous visitors log in and come back, anyone who is not an
 * editor or admin gets 403 (the root checks too, but loaders run side by side with it). The subgraphs
 * check the role again on every query and mutation.
 */
export async function requireEditor(request: Request): Promise<Editor> {
  const session = await requireRole(request, "editor", "admin");
  return {
    session,
    send: (document, variables) =>
      gatewayRequest({ query: document, operationName: operationName(document), variables, accessToken: session.accessToken, signal: request.signal }),
  };
}
