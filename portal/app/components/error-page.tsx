import type { ErrorContent } from "@vardportal/web/error-content";
import { useTranslation } from "react-i18next";
import { LocaleLink, useLang } from "~/i18n/react";

/** Our error page, in the page's language: the words are looked up by the case's key (a status or a code). */
export function ErrorPage({ status, caseKey, title, message, retryLogin }: ErrorContent) {
  const { t } = useTranslation();
  const lang = useLang();
  const home = lang === "en" ? "/en" : "/";
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold text-brand-dark">{t(`errors.${caseKey}.title` as "errors.404.title", { defaultValue: title })}</h1>
      <p className="mt-3 text-lg">{t(`errors.${caseKey}.message` as "errors.404.message", { defaultValue: message })}</p>
      <p className="mt-6 flex gap-6">
        <LocaleLink to="/">{t("errors.toHome")}</LocaleLink>
        {retryLogin ? <a href={`/auth/login?${new URLSearchParams({ returnTo: home })}`}>{t("errors.logInAgain")}</a> : null}
      </p>
      <p className="mt-6 text-muted">{t("errors.code", { status })}</p>
    </div>
  );
}
