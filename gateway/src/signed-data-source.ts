import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { Fetcher } from "@apollo/utils.fetcher";
import { IDENTITY_HEADER, REQUEST_ID_HEADER } from "@vardportal/kit/identity";
import type { GatewayContext } from "./context.js";

/**
 * Every call to a subgraph carries the gateway's signed identity token and the request id, and
 * gives up after the timeout, so one slow subgraph costs its own part of the answer and no more.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(url: string, timeoutMs: number) {
    const fetcher = ((input: string, init?: RequestInit) =>
      fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as unknown as Fetcher;
    super({ url, fetcher });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    if (!("identityToken" in context)) return;
    request.http?.headers.set(IDENTITY_HEADER, await context.identityToken());
    request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
  }
}
