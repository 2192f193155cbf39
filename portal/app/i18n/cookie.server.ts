import { createCookie, redirect } from "@remix-run/node";
import { safeReturnTo } from "@vardportal/web/auth";
import { env } from "~/utils/env.server";
import { isLang, langFromParams, localePath, type Lang } from "./languages";

/**
 * The language a visitor chose with the switch, remembered for a year (decision 024). Only the switch sets
 * it: browsing an `/en` link someone sent does not change what the visitor chose.
 */
export const languageCookie = createCookie("vp_lang", {
  path: "/",
  maxAge: 60 * 60 * 24 * 365,
  sameSite: "lax",
  httpOnly: true,
  secure: env.NODE_ENV === "production",
});

export async function rememberedLang(request: Request): Promise<Lang | null> {
  const value: unknown = await languageCookie.parse(request.headers.get("Cookie"));
  return isLang(value) ? value : null;
}

/**
 * A visitor who chose English and arrives at a Swedish address (a bookmark, the bare domain) is sent to the
 * same page in English. Only for reading (GET/HEAD); an address that names its language is left alone.
 */
export async function redirectToRememberedLang(request: Request, params: { lang?: string }): Promise<Response | null> {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (langFromParams(params) !== "sv" || params.lang !== undefined) return null;
  if ((await rememberedLang(request)) !== "en") return null;
  const url = new URL(request.url);
  // Single fetch asks for `/hitta-vard.data`; the browser must go to the page itself.
  const pathname = url.pathname.endsWith(".data") ? url.pathname.slice(0, -".data".length).replace(/^\/_root$/, "/") : url.pathname;
  url.searchParams.delete("_routes");
  const search = url.searchParams.toString();
  return new Response(null, {
    status: 302,
    headers: { Location: localePath("en", `${pathname}${search ? `?${search}` : ""}`), "Cache-Control": "private, no-store", Vary: "Cookie" },
  });
}

/**
 * The language switch's answer: remember `lang` and open the same page in it. `tillbaka` is followed only
 * when it is a path on this site (no open redirect); anything else opens the start page.
 */
export async function switchLanguage(request: Request, lang: Lang): Promise<Response> {
  const back = safeReturnTo(new URL(request.url).searchParams.get("tillbaka"), "/");
  return redirect(localePath(lang, back), {
    headers: { "Set-Cookie": await languageCookie.serialize(lang), "Cache-Control": "private, no-store" },
  });
}
