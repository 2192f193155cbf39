import { Trans, useTranslation } from "react-i18next";
import { LocaleLink } from "~/i18n/react";
import { site } from "~/utils/site";

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="mt-12 bg-brand-dark text-white">
      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-8 sm:grid-cols-2">
        <div>
          <p className="text-lg font-bold">{t("footer.emergency")}</p>
          <p className="mt-2">
            <Trans t={t} i18nKey="footer.publishedBy" values={{ name: site.name, owner: site.owner }} components={{ brand: <span lang="sv" /> }} />
          </p>
        </div>
        <div>
          <h2 className="font-bold">{t("footer.about")}</h2>
          <ul className="mt-2 space-y-1">
            <li>
              <LocaleLink to="/tillganglighet" className="text-white">
                {t("footer.accessibility")}
              </LocaleLink>
            </li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
