import type { Params } from "@remix-run/react";
import "./resources.server";
import { tFor } from "./instance";
import { langFromParams, localePath, type Lang } from "./languages";
import type { Namespace } from "./namespaces";

/**
 * What a loader or action needs to speak the page's language: the language (a 404 for an unknown prefix),
 * a `t` for one namespace and `path()` for redirects. `import { pageLanguage } from "~/i18n/language.server"`.
 */
export function pageLanguage<N extends Namespace = "common">(params: Params, ns?: N) {
  const lang: Lang = langFromParams(params);
  return { lang, t: tFor(lang, ns), path: (to: string) => localePath(lang, to) };
}
