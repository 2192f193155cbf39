import type { Viewer } from "@vardportal/kit/identity";

export interface GatewayContext {
  requestId: string;
  viewer: Viewer | null;
  /** Signed once per client request, on first use, and shared by every subgraph call it makes. */
  identityToken: () => Promise<string>;
}
