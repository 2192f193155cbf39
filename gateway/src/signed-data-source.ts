import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { IDENTITY_HEADER, REQUEST_ID_HEADER } from "@vardportal/kit/identity";
import type { GatewayContext } from "./context.js";
import type { GatewayMetrics } from "./metrics.js";
import { createSubgraphFetcher } from "./subgraph-fetcher.js";

/**
 * Every call to a subgraph carries the gateway's signed identity token and the request id, and
 * gives up after the timeout, so one slow subgraph costs its own part of the answer and no more.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** The subgraph's name: its identity token is minted for it alone. */
  private readonly subgraph: string;

  constructor(url: string, timeoutMs: number, subgraph: string, metrics?: GatewayMetrics) {
    super({ url, fetcher: createSubgraphFetcher(timeoutMs, metrics && ((outcome, seconds) => metrics.observeSubgraphCall(subgraph, outcome, seconds))) });
    this.subgraph = subgraph;
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    if (!("identityToken" in context)) return;
    request.http?.headers.set(IDENTITY_HEADER, await context.identityToken(this.subgraph));
    request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    // An editor's preview of a draft (decision 019): only the subgraph can tell whether it applies.
    if (context.previewToken) request.http?.headers.set("x-preview-token", context.previewToken);
  }
}
