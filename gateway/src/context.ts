import type { Viewer } from "@vardportal/kit/identity";

export interface GatewayContext {
  requestId: string;
  viewer: Viewer | null;
  /**
   * The identity token for one subgraph (its own audience, so no other subgraph accepts it) vouching for this
   * request's viewer; the same token serves that viewer and subgraph for a short while (decision 025).
   */
  identityToken: (subgraph: string) => Promise<string>;
  /** The address the request came from (the portal's or admin's server); keys the rate limit of anonymous callers. */
  clientAddress?: string;
  /** The client's `x-preview-token` header, forwarded as it is to every subgraph (decision 019); they verify it. */
  previewToken?: string;
}
