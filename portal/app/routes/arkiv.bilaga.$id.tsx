import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/utils/auth.server";
import { env } from "~/utils/env.server";

const passed = ["content-type", "content-length", "content-disposition", "x-content-type-options", "cache-control"];

/**
 * An attachment of a release request (a power of attorney, a consent), for archive staff: fetched from
 * the gateway with the user's access token and passed on as a download. The archive decides who may
 * read it and logs each read; anyone else gets its 404 (decision 011).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireRole(request, "archivist", "editor", "admin");
  const url = `${env.GATEWAY_URL.replace(/\/graphql$/, "/attachments")}?${new URLSearchParams({ id: params.id ?? "" })}`;
  let response: Response;
  try {
    response = await fetch(url, { headers: { authorization: `Bearer ${session.accessToken}` }, signal: AbortSignal.any([request.signal, AbortSignal.timeout(30_000)]) });
  } catch {
    throw new Response(null, { status: 503 });
  }
  if (response.status === 404) throw new Response(null, { status: 404 });
  if (!response.ok || !response.body) throw new Response(null, { status: 503 });
  const headers = new Headers();
  for (const name of passed) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(response.body, { status: 200, headers });
}
