import { createInstance, type i18n, type TFunction } from "i18next";
import enResources from "~/locales/en";
import svResources from "~/locales/sv";
import type { Lang } from "./languages";
import { namespaces, type Namespace, type Resources } from "./namespaces";

/**
 * One i18next instance per language, made once: its language never changes, so requests in different
 * languages can share them safely (no `changeLanguage` on a shared instance). The server registers both
 * languages at start-up (`resources.server.ts`); the browser registers the one its page is in before it
 * hydrates (`entry.client.tsx`), so it downloads only that language's strings.
 */
const instances = new Map<Lang, i18n>();

export function registerLanguage(lang: Lang, resources: Resources): i18n {
  const existing = instances.get(lang);
  if (existing) return existing;
  const instance = createInstance();
  void instance.init({
    lng: lang,
    resources: { [lang]: resources },
    ns: [...namespaces],
    defaultNS: "common",
    // A missing English string is a test failure (every key is checked in both files), never a silent fallback.
    fallbackLng: false,
    initAsync: false,
    // React escapes what it renders; i18next must not escape a second time.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  instances.set(lang, instance);
  return instance;
}

export function i18nFor(lang: Lang): i18n {
  const instance = instances.get(lang);
  if (instance) return instance;
  // On the server both languages are at hand whatever module asks first (a route module may use a label at
  // load time, before the entry has run). `import.meta.env.SSR` is false in the browser build, so this branch
  // and the two imports above are dropped from it: the browser loads its one language in entry.client.
  if (import.meta.env.SSR) return registerLanguage(lang, lang === "en" ? enResources : svResources);
  throw new Error(`The ${lang} strings are not loaded.`);
}

const fixed = new Map<string, TFunction<Namespace>>();

/**
 * A `t` bound to a language and a namespace, for loaders, actions, `meta` and view functions. Made once per pair:
 * `getFixedT` builds a new function each call, and labels ask for one per value (the bench saw it at 4 % of the
 * portal's CPU).
 */
export function tFor<N extends Namespace = "common">(lang: Lang, ns?: N): TFunction<N> {
  const key = `${lang}:${ns ?? "common"}`;
  let t = fixed.get(key);
  if (!t) {
    t = i18nFor(lang).getFixedT(lang, ns ?? "common") as TFunction<Namespace>;
    fixed.set(key, t);
  }
  return t as TFunction<N>;
}
