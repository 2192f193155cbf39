import type { ElementType, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { PickedText } from "~/i18n/localized";
import { useLang } from "~/i18n/react";

/**
 * Content text in the page's language (marked `data-content`: written by editors, not by us). Where an English page shows Swedish because no English was written,
 * the text carries `lang="sv"` (a screen reader switches voice) and a visible mark says so.
 */
export function Localized({ text, as: Tag = "span", className }: { text: PickedText; as?: ElementType; className?: string }) {
  return (
    <>
      <Tag lang={text.fallback ? "sv" : undefined} className={className} data-content="">
        {text.text}
      </Tag>
      {text.fallback ? <> <FallbackMark /></> : null}
    </>
  );
}

/** The short mark after a Swedish text on an English page. */
export function FallbackMark() {
  const { t } = useTranslation();
  return (
    <span className="whitespace-nowrap text-sm font-normal text-muted" data-fallback="sv">
      {t("fallback.mark")}
    </span>
  );
}

/** Before a longer Swedish text on an English page (a guideline body, a description). */
export function FallbackNotice() {
  const { t } = useTranslation();
  return (
    <p className="border-l-4 border-notice-edge bg-notice px-4 py-2 text-sm" data-fallback="sv">
      {t("fallback.notice")}
    </p>
  );
}

/** Sanitised HTML (from `renderMarkdown` only) in its language, with the notice when it is a fallback. */
export function LocalizedHtml({ html, lang, fallback, className }: { html: string; lang: "sv" | "en"; fallback: boolean; className?: string }) {
  return (
    <>
      {fallback ? <FallbackNotice /> : null}
      <div lang={fallback ? lang : undefined} className={className} data-content="" dangerouslySetInnerHTML={{ __html: html }} />
    </>
  );
}

/**
 * A Swedish name that has no translation (a care unit, a street, a person) on a page that may be English:
 * marked `lang="sv"` there so it is pronounced right; plain on a Swedish page.
 */
export function Sv({ children, className }: { children: ReactNode; className?: string }) {
  const lang = useLang();
  return (
    <span lang={lang === "sv" ? undefined : "sv"} className={className}>
      {children}
    </span>
  );
}
