import { createGatewayClient, type GatewayOperation, type GatewayRequest, type GatewayResult } from "@vardportal/web/gateway";
import { env } from "./env.server";
import { previewTokenOf } from "./preview";

export { createGatewayClient, GATEWAY_UNAVAILABLE } from "@vardportal/web/gateway";
export type { GatewayClientConfig, GatewayError, GatewayOperation, GatewayResult } from "@vardportal/web/gateway";

export type PortalGatewayOperation = GatewayOperation & {
  /**
   * The incoming request: its signal stops the call when the page is closed, and a draft-preview link's
   * `?forhandsvisning=` token travels on as `x-preview-token` (the root loader has already required an
   * editor or admin for such a URL; the subgraph checks the token and the viewer again).
   */
  request?: Request;
};

/** Wraps a client so that every page that passes its request gets preview for free, not route by route. */
export function withPreview(request: GatewayRequest) {
  return function gatewayRequest<TData = Record<string, unknown>>({
    request: incoming,
    ...operation
  }: PortalGatewayOperation): Promise<GatewayResult<TData>> {
    if (!incoming) return request<TData>(operation);
    return request<TData>({
      ...operation,
      signal: operation.signal ?? incoming.signal,
      previewToken: operation.previewToken ?? previewTokenOf(incoming.url) ?? undefined,
    });
  };
}

export const gatewayRequest = withPreview(createGatewayClient({ url: env.GATEWAY_URL, timeoutMs: env.GATEWAY_TIMEOUT_MS }));
