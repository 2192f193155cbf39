import type { MetaFunction } from "@remix-run/node";
import { Trans, useTranslation } from "react-i18next";
import { metaT } from "~/i18n/meta";
import { pageTitle, site } from "~/utils/site";

export const meta: MetaFunction = ({ params }) => [{ title: pageTitle(metaT(params, "accessibility")("title")) }];

// A sample address until the region gives its own; the page says so.
const reportAddress = "tillganglighet@example.org";

const heading = "pt-4 text-2xl font-bold text-brand-dark";

/** The accessibility statement (tillgänglighetsredogörelse) the law (2018:1937) asks for, in DIGG's order. */
export default function AccessibilityStatement() {
  const { t } = useTranslation("accessibility");
  const known = t("known.items", { returnObjects: true }) as string[];
  const tested = t("testing.items", { returnObjects: true }) as string[];
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold text-brand-dark">{t("title")}</h1>
      <p>
        <Trans t={t} i18nKey="intro" values={{ owner: site.owner, name: site.name }} components={{ brand: <span lang="sv" /> }} />
      </p>

      <h2 className={heading}>{t("ambition.heading")}</h2>
      <p>{t("ambition.text")}</p>

      <h2 className={heading}>{t("known.heading")}</h2>
      <p>{t("known.text")}</p>
      <ul className="list-disc space-y-1 pl-6">
        {known.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <h2 className={heading}>{t("report.heading")}</h2>
      <p>
        <Trans t={t} i18nKey="report.text" values={{ address: reportAddress }} components={{ mail: <a href={`mailto:${reportAddress}`} /> }} />
      </p>

      <h2 className={heading}>{t("testing.heading")}</h2>
      <ul className="list-disc space-y-1 pl-6">
        {tested.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <h2 className={heading}>{t("supervision.heading")}</h2>
      <p>
        <Trans t={t} i18nKey="supervision.text" components={{ digg: <a href="https://www.digg.se/" /> }} />
      </p>
    </article>
  );
}
