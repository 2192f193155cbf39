/**
 * The portal's two languages (decision 024). Swedish is the site's language and lives at the bare paths
 * (`/hitta-vard`); English lives under `/en` (`/en/hitta-vard`). Every page route is `($lang).<name>`.
 */
export const languages = ["sv", "en"] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = "sv";

/** The locale `Intl` formats numbers and dates with for each language (British English: day month year). */
export const intlLocale: Record<Lang, string> = { sv: "sv-SE", en: "en-GB" };

/** Each language named in itself, for the switch. */
export const languageNames: Record<Lang, string> = { sv: "Svenska", en: "English" };

export const isLang = (value: unknown): value is Lang => typeof value === "string" && (languages as readonly string[]).includes(value);

/**
 * The language of a route's `($lang)` parameter: none is Swedish, `en` is English. Anything else is a page
 * that does not exist (`/foo` matches `($lang)._index` with lang "foo"), so it is a 404, thrown.
 */
export function langFromParams(params: { lang?: string }): Lang {
  if (params.lang === undefined) return defaultLang;
  if (params.lang === "en") return "en";
  throw new Response("Not Found", { status: 404, statusText: "Not Found" });
}

const englishPrefix = /^\/en(?=\/|$|\?|#)/;

/** The language a path is in, read from its prefix (used where no route params exist: error pages, the layout). */
export function langOfPath(pathname: string): Lang {
  return englishPrefix.test(pathname) ? "en" : defaultLang;
}

/** A path without its language prefix: `/en/hitta-vard?q=1` → `/hitta-vard?q=1`, `/en` → `/`. */
export function stripLang(path: string): string {
  if (!englishPrefix.test(path)) return path;
  const rest = path.replace(englishPrefix, "");
  return rest.startsWith("/") ? rest : `/${rest}`;
}

/** Paths that are not pages and have one address in both languages: log-in, attachments, the switch itself. */
const languageFree = /^\/(auth|arkiv\/bilaga|sprak|favicon|assets|build)(\/|$|\?)/;

/**
 * The address of a portal page in a language: `("en", "/hitta-vard")` → `/en/hitta-vard`, `("en", "/")` →
 * `/en`, Swedish unchanged. Anything that is not a site path (another origin, `#anchor`, `mailto:`) and the
 * language-free paths are left alone; a path already in a language is moved to this one.
 */
export function localePath(lang: Lang, path: string): string {
  if (!path.startsWith("/") || path.startsWith("//")) return path;
  const bare = stripLang(path);
  if (lang === defaultLang || languageFree.test(bare)) return bare;
  if (bare === "/") return "/en";
  if (bare.startsWith("/?") || bare.startsWith("/#")) return `/en${bare.slice(1)}`;
  return `/en${bare}`;
}
