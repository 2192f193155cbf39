import { contentTypeBySlug, type ContentTypeEntry } from "./content-types";
import { failureStatus, type Outcome } from "./api";

/** The type a URL's `:typ` names, or a 404 page. */
export function requireContentType(slug: string | undefined): ContentTypeEntry {
  const entry = contentTypeBySlug(slug);
  if (!entry) throw new Response("Det finns ingen sådan innehållstyp.", { status: 404 });
  return entry;
}

const messages: Record<number, string> = {
  403: "Du har inte behörighet att göra det här.",
  404: "Det du letar efter finns inte (längre).",
  503: "Innehållet kan inte visas just nu. Försök igen om en stund.",
  400: "Frågan kunde inte besvaras.",
};

/** A failed read as our error page. */
export function failure(outcome: Exclude<Outcome<unknown>, { kind: "ok" }>): Response {
  const status = failureStatus(outcome);
  return new Response(messages[status] ?? messages[503], { status });
}

/** An id from the URL: what the API's ids look like (uuid, hsa-id, slug-like), nothing else. */
export function requireId(id: string | undefined): string {
  if (!id || !/^[A-Za-z0-9._:-]{1,128}$/.test(id)) throw new Response("Det finns ingen sådan post.", { status: 404 });
  return id;
}
