import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { registerLanguage } from "~/i18n/instance";
import { langOfPath } from "~/i18n/languages";

// Only the page's language is downloaded (one chunk each); a language switch is a full page load.
const loaders = { sv: () => import("~/locales/sv"), en: () => import("~/locales/en") };

async function hydrate() {
  const lang = langOfPath(window.location.pathname);
  // The root layout provides the instance of the page's language (the same one the server rendered with).
  registerLanguage(lang, (await loaders[lang]()).default);
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RemixBrowser />
      </StrictMode>,
    );
  });
}

void hydrate();
