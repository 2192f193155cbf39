import type { Params } from "@remix-run/react";
import { tFor } from "./instance";
import { defaultLang, type Lang } from "./languages";
import type { Namespace } from "./namespaces";

/** The page's language in `meta`, which runs in the browser too and must not throw (the root's loader 404s a bad prefix). */
export const langOfParams = (params: Params): Lang => (params.lang === "en" ? "en" : defaultLang);

/** A `t` for a route's `meta`: `const t = metaT(params, "fees"); return [{ title: pageTitle(t("title")) }]`. */
export function metaT<N extends Namespace = "common">(params: Params, ns?: N) {
  return tFor(langOfParams(params), ns);
}
