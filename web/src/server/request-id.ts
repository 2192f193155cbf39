import { randomUUID } from "node:crypto";

const ids = new WeakMap<Request, string>();
// An id from a proxy in front of us is kept so logs line up; anything else could forge or break log lines.
const trustworthy = /^[A-Za-z0-9._-]{8,128}$/;

/** An incoming `X-Request-Id` when it is trustworthy, else a fresh id. */
export function requestIdFrom(incoming: string | null | undefined): string {
  return incoming && trustworthy.test(incoming) ? incoming : randomUUID();
}

/** The id that ties a request's log lines and its response together. */
export function requestIdFor(request: Request): string {
  let id = ids.get(request);
  if (!id) {
    id = requestIdFrom(request.headers.get("x-request-id"));
    ids.set(request, id);
  }
  return id;
}
