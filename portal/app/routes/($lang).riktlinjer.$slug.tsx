import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { isRouteErrorResponse, useLoaderData, useRouteError } from "@remix-run/react";
import { describeError, type ErrorContent } from "@vardportal/web/error-content";
import type { TFunction } from "i18next";
import { Trans, useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { EasyToRead } from "~/components/easy-to-read";
import { GuidelinePrintStyle } from "~/components/guideline-print-style";
import { GuidelineToc } from "~/components/guideline-toc";
import { FallbackNotice, Localized, Sv } from "~/components/localized";
import { pageLanguage } from "~/i18n/language.server";
import { metaT } from "~/i18n/meta";
import { LocaleLink, useLang } from "~/i18n/react";
import { getViewer, requireSession } from "~/utils/auth.server";
import { formatIsoDate } from "~/utils/format";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle } from "~/utils/site";
import { GuidelinePageQuery } from "./($lang).riktlinjer.$slug.graphql";
import { toGuidelinePageView } from "./($lang).riktlinjer.$slug.view";

export const meta: MetaFunction<typeof loader> = ({ data, params, error }) => {
  if (error) {
    const content = errorContent(error, metaT(params, "guidelines"));
    return [{ title: pageTitle(metaT(params)(`errors.${content.caseKey}.title` as "errors.404.title", { defaultValue: content.title })) }];
  }
  return [{ title: pageTitle(data?.guideline.title.text ?? metaT(params, "guidelines")("page.metaTitle")) }];
};

const swedishToday = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(new Date());

/**
 * A public guideline is readable by anyone; a staff one only by those the guidelines subgraph lets
 * read it. Someone not logged in who asks for one the API hides is sent to log in first, then 404.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { lang } = pageLanguage(params);
  const slug = params.slug ?? "";
  if (!/^[a-z0-9-]{1,128}$/.test(slug)) throw new Response("Not Found", { status: 404 });
  const { session, headers } = await getViewer(request);
  const result = await gatewayRequest({ query: GuidelinePageQuery, operationName: "GuidelinePage", variables: { slug }, accessToken: session?.accessToken, request });
  const view = toGuidelinePageView(result, swedishToday(), lang);
  if (view.status === "unavailable") throw new Response("Service Unavailable", { status: 503 });
  if (!view.data) {
    if (!session) await requireSession(request);
    throw new Response("Not Found", { status: 404 });
  }
  headers.set("Cache-Control", "private, no-store");
  return data({ guideline: view.data, origin: new URL(request.url).origin }, { headers });
}

const bodyClass =
  "guideline-body prose mt-6 max-w-2xl [&_h2]:mt-8 [&_h2]:text-2xl [&_h2]:font-bold [&_h3]:mt-6 [&_h3]:text-xl [&_h3]:font-semibold [&_li]:mt-1 [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:mt-3 [&_table]:mt-4 [&_td]:border [&_td]:border-line [&_td]:p-2 [&_th]:border [&_th]:border-line [&_th]:p-2 [&_ul]:list-disc [&_ul]:pl-6";

export default function GuidelinePage() {
  const { guideline: g, origin } = useLoaderData<typeof loader>();
  const { t } = useTranslation("guidelines");
  const lang = useLang();
  return (
    <article>
      <GuidelinePrintStyle origin={origin} />
      <p data-print="hide">
        <LocaleLink to="/riktlinjer">{t("page.allGuidelines")}</LocaleLink>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-dark">
        <Localized text={g.title} />
      </h1>
      <p className="mt-2 text-muted">
        {g.category} · <Sv>{g.region}</Sv> · {g.staffOnly ? t("audience.staffOnly") : t("audience.alsoResidents")}
      </p>
      <p className="mt-3 max-w-2xl text-lg">
        <Localized text={g.summary} />
      </p>
      {g.easyToRead ? (
        <EasyToRead title={t("page.easyToRead")} paragraphs={g.easyToRead.paragraphs.map((p) => p.split("\n"))} lang={g.easyToRead.lang} fallback={g.easyToRead.fallback} />
      ) : null}
      <dl className="mt-4 grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("page.owner")}</dt>
        <dd>
          <Sv>{g.owner}</Sv>
        </dd>
        {g.lastReviewed ? (
          <>
            <dt className="font-semibold">{t("page.lastReviewed")}</dt>
            <dd>{formatIsoDate(g.lastReviewed, lang)}</dd>
          </>
        ) : null}
        {g.reviewDue ? (
          <>
            <dt className="font-semibold">{t("page.reviewDue")}</dt>
            <dd className={g.overdue ? "font-semibold text-[#9b1c1c]" : undefined}>
              {formatIsoDate(g.reviewDue, lang)}
              {g.overdue ? ` ${t("page.overdue")}` : null}
            </dd>
          </>
        ) : null}
      </dl>
      {/*
        As LocalizedHtml, but the notice comes before the table of contents, which is in the body's language
        too: an English reader learns the guideline is Swedish before its headings are listed.
      */}
      {g.body.fallback ? (
        <div className="mt-6 max-w-2xl">
          <FallbackNotice />
        </div>
      ) : null}
      <GuidelineToc entries={g.toc} lang={g.body.fallback ? g.body.lang : undefined} />
      {/* Sanitised by renderMarkdown in the view; the only change after it is an id on each h2 and h3. */}
      <div lang={g.body.fallback ? g.body.lang : undefined} className={bodyClass} data-content="" dangerouslySetInnerHTML={{ __html: g.body.html }} />
      {g.forms.length > 0 ? (
        <section aria-labelledby="blanketter-rubrik" className="mt-10 max-w-2xl">
          <h2 id="blanketter-rubrik" className="text-2xl font-bold text-brand-dark">
            {t("page.forms")}
          </h2>
          <ul className="mt-3 list-disc pl-6">
            {g.forms.map((form) => (
              <li key={form.name} className="mt-1">
                <Sv className="font-semibold">{form.name}</Sv>
                {form.whereToFind ? (
                  <>
                    {" – "}
                    <Sv>{form.whereToFind}</Sv>
                  </>
                ) : null}
                {form.sendTo ? (
                  <>
                    {". "}
                    <Trans t={t} i18nKey="page.sendTo" values={{ to: form.sendTo }} components={{ sv: <Sv>{null}</Sv> }} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {g.contacts.length > 0 ? (
        <section aria-labelledby="kontakt-rubrik" className="mt-10 max-w-2xl">
          <h2 id="kontakt-rubrik" className="text-2xl font-bold text-brand-dark">
            {t("page.contacts")}
          </h2>
          <ul className="mt-3">
            {g.contacts.map((c) => (
              <li key={c.label} className="mt-2">
                <Sv className="font-semibold">{c.label}</Sv>
                {c.phone ? (
                  <>
                    {": "}
                    <a href={c.phone.href}>{c.phone.text}</a>
                  </>
                ) : null}
                {c.hours ? (
                  <>
                    {", "}
                    <Sv>{c.hours}</Sv>
                  </>
                ) : null}
                {c.note ? <Sv className="block text-muted">{c.note}</Sv> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="mt-8" data-print="hide">
        <button type="button" className="underline" onClick={() => window.print()}>
          {t("page.print")}
        </button>{" "}
        <span className="text-muted">{t("page.printHint")}</span>
      </p>
    </article>
  );
}

/** This page's words for a guideline that is missing or cannot be fetched; anything else is the site's error page. */
function errorContent(error: unknown, t: TFunction<"guidelines">): ErrorContent {
  if (isRouteErrorResponse(error) && error.status === 404) return { status: 404, caseKey: "page", title: t("page.notFound.title"), message: t("page.notFound.message") };
  if (isRouteErrorResponse(error) && error.status === 503) return { status: 503, caseKey: "page", title: t("page.unavailable.title"), message: t("page.unavailable.message") };
  return describeError(error);
}

export function ErrorBoundary() {
  const { t } = useTranslation("guidelines");
  return <ErrorPage {...errorContent(useRouteError(), t)} />;
}
