import type { LoaderFunctionArgs } from "@remix-run/node";
import { pageLanguage } from "~/i18n/language.server";
import { getViewer } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { SiteSearchQuery } from "./($lang).sok.graphql";
import { MAX_QUERY, parseSearch, searchVariables, toSuggestions } from "./($lang).sok.view";

/** The fewest letters worth suggesting for, and how many suggestions the search box shows. */
export const MIN_SUGGEST = 2;
export const SUGGESTIONS = 8;

/**
 * `/sok/forslag?q=…`: the search box's suggestions as JSON, the best eight of every type merged, from
 * the same operation as the results page (so the same role filtering). A signed-in viewer's answer is
 * never stored; an anonymous one may be kept a minute by the browser. Under `/en/sok/forslag` the type
 * names and paths are English (the titles are the Swedish text the search has).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { lang } = pageLanguage(params);
  const { session, headers } = await getViewer(request);
  headers.set("Cache-Control", session ? "private, no-store" : "private, max-age=60");
  headers.set("Vary", "Cookie");
  const q = (new URL(request.url).searchParams.get("q") ?? "").trim();
  if (q.length < MIN_SUGGEST || q.length > MAX_QUERY) {
    return Response.json({ q, lang, suggestions: [], total: 0, didYouMean: null, incomplete: false }, { headers });
  }
  const result = await gatewayRequest({
    query: SiteSearchQuery,
    operationName: "SiteSearch",
    variables: searchVariables(parseSearch(new URLSearchParams({ q })), SUGGESTIONS),
    accessToken: session?.accessToken,
    signal: request.signal,
  });
  return Response.json({ q, lang, ...toSuggestions(result, SUGGESTIONS, lang) }, { headers });
}
