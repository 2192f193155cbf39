import { createHash, randomUUID } from "node:crypto";
import { z } from "zod";

/**
 * The one GraphQL client the portal and the admin use on the server. It talks to the gateway only, sends the
 * signed-in user's access token (never anything the browser gave it), and turns every transport failure
 * into one coded error, so a page can show "unavailable" instead of a stack trace.
 */

export type GatewayError = {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
};

/** What a loader gets back: GraphQL's own shape, with `errors` always present (empty when none). */
export type GatewayResult<TData = Record<string, unknown>> = {
  data: TData | null;
  errors: GatewayError[];
};

export type GatewayOperation = {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  /** The signed-in user's access token; anonymous requests send none. */
  accessToken?: string;
  /** Usually the incoming request's signal, so a closed page stops its gateway call. */
  signal?: AbortSignal;
  /**
   * A draft-preview token (the portal's `?forhandsvisning=`), sent as `x-preview-token`. Only ever sent
   * together with an access token: the subgraph checks both the signature and that the viewer may edit.
   */
  previewToken?: string;
};

export type GatewayClientConfig = {
  url: string;
  timeoutMs: number;
  log?: (message: string) => void;
};

export type GatewayRequest = <TData = Record<string, unknown>>(operation: GatewayOperation) => Promise<GatewayResult<TData>>;

export const GATEWAY_UNAVAILABLE = "GATEWAY_UNAVAILABLE";
export const PREVIEW_TOKEN_HEADER = "x-preview-token";

const GraphQLResponse = z
  .object({
    data: z.record(z.string(), z.unknown()).nullable().optional(),
    errors: z
      .array(
        z.object({
          message: z.string(),
          path: z.array(z.union([z.string(), z.number()])).optional(),
          extensions: z.record(z.string(), z.unknown()).optional(),
        }),
      )
      .optional(),
  })
  .refine((body) => body.data !== undefined || body.errors !== undefined);

export function createGatewayClient({ url, timeoutMs, log = console.warn }: GatewayClientConfig): GatewayRequest {
  return async function gatewayRequest<TData = Record<string, unknown>>(
    operation: GatewayOperation,
  ): Promise<GatewayResult<TData>> {
    const requestId = randomUUID();
    const unavailable = (reason: string): GatewayResult<TData> => {
      log(`[gateway] request ${requestId} failed: ${reason}`);
      return {
        data: null,
        errors: [{ message: "The gateway could not be reached.", extensions: { code: GATEWAY_UNAVAILABLE, requestId } }],
      };
    };

    const headers: Record<string, string> = {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
      "x-request-id": requestId,
    };
    if (operation.accessToken) {
      headers.authorization = `Bearer ${operation.accessToken}`;
      if (operation.previewToken) headers[PREVIEW_TOKEN_HEADER] = operation.previewToken;
    }

    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = operation.signal ? AbortSignal.any([timeout, operation.signal]) : timeout;

    let status: number;
    let text: string;
    try {
      const response = await fetch(url, {
        method: "POST",
        headers,
        body: JSON.stringify({
          query: operation.query,
          variables: operation.variables,
          operationName: operation.operationName,
          // The operation's hash: in production the gateway runs only the operations of its manifest (decision 020).
          extensions: { persistedQuery: { version: 1, sha256Hash: createHash("sha256").update(operation.query).digest("hex") } },
        }),
        redirect: "error",
        signal,
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      if (timeout.aborted) return unavailable(`no answer within ${timeoutMs} ms`);
      if (operation.signal?.aborted) return unavailable("the caller aborted the request");
      return unavailable(describe(error));
    }

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return unavailable(`HTTP ${status} with a body that is not JSON`);
    }
    // GraphQL over HTTP answers errors with 4xx and a GraphQL body: that body is the answer.
    const body = GraphQLResponse.safeParse(json);
    if (!body.success) return unavailable(`HTTP ${status} with JSON that is not a GraphQL response`);
    return { data: (body.data.data ?? null) as TData | null, errors: body.data.errors ?? [] };
  };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${cause}`;
}
