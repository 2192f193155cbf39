import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Trans, useTranslation } from "react-i18next";
import { archiveStaffRoles, FactValue } from "~/components/archive-labels";
import { Localized } from "~/components/localized";
import { EmptyState, PageSection, SectionNotice } from "~/components/page-section";
import { pageLanguage } from "~/i18n/language.server";
import { metaT } from "~/i18n/meta";
import { LocaleLink } from "~/i18n/react";
import { getViewer } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { canUse, type Role } from "~/utils/roles";
import { pageTitle } from "~/utils/site";
import { ArchiveHoldingsQuery } from "./($lang).arkiv._index.graphql";
import { toHoldingsView, type HoldingView } from "./($lang).arkiv._index.view";

export const meta: MetaFunction = ({ params }) => {
  const t = metaT(params, "archive");
  return [{ title: pageTitle(t("holdings.title")) }, { name: "description", content: t("holdings.description") }];
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { lang } = pageLanguage(params);
  const { session, headers } = await getViewer(request);
  const result = await gatewayRequest({ query: ArchiveHoldingsQuery, operationName: "ArchiveHoldings", accessToken: session?.accessToken, signal: request.signal });
  const roles = (session?.user.roles ?? []) as Role[];
  return data({ ...toHoldingsView(result, lang), archiveStaff: canUse(roles, archiveStaffRoles) }, { headers });
}

function Holding({ holding }: { holding: HoldingView }) {
  const { t } = useTranslation("archive");
  return (
    <li className="rounded border border-line p-4">
      <h3 className="text-lg font-semibold">
        <Localized text={holding.title} />
        {holding.internal ? <span className="ml-2 text-sm font-normal text-muted">{t("holdings.internal")}</span> : null}
      </h3>
      <p className="mt-1">
        <Localized text={holding.description} />
      </p>
      {holding.facts.length ? (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          {holding.facts.map((f) => (
            <div key={f.term} className="contents">
              <dt className="font-semibold">{f.term}</dt>
              <dd>
                <FactValue fact={f} />
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {holding.whereToAsk ? (
        <p className="mt-2">
          <strong>{t("holdings.askInstead")}</strong> <Localized text={holding.whereToAsk} />
        </p>
      ) : null}
    </li>
  );
}

export default function ArchivePage() {
  const view = useLoaderData<typeof loader>();
  const { t } = useTranslation("archive");
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">{t("holdings.title")}</h1>
      <p className="mt-3 max-w-2xl text-lg">
        <Trans t={t} i18nKey="holdings.intro" components={{ a: <LocaleLink to="/journalkopia" /> }} />
      </p>
      {view.archiveStaff ? (
        <nav aria-label={t("holdings.staffNav")} className="mt-4">
          <ul className="flex flex-wrap gap-4">
            <li><LocaleLink to="/arkiv/arenden">{t("holdings.queue")}</LocaleLink></li>
            <li><LocaleLink to="/arkiv/statistik">{t("holdings.statistics")}</LocaleLink></li>
            <li><LocaleLink to="/arkiv/register">{t("holdings.register")}</LocaleLink></li>
          </ul>
        </nav>
      ) : null}
      {view.holdings.status === "unavailable" ? (
        <PageSection id="bestand" title={t("holdings.heldTitle")}>
          <SectionNotice>{t("holdings.unavailable")}</SectionNotice>
        </PageSection>
      ) : (
        <>
          <PageSection id="bestand" title={t("holdings.heldTitle")}>
            {view.holdings.data.held.length === 0 ? <EmptyState>{t("holdings.emptyHeld")}</EmptyState> : (
              <ul className="grid gap-4">{view.holdings.data.held.map((h) => <Holding key={h.id} holding={h} />)}</ul>
            )}
          </PageSection>
          <PageSection id="finns-inte" title={t("holdings.notHeldTitle")}>
            {view.holdings.data.notHeld.length === 0 ? <EmptyState>{t("holdings.emptyNotHeld")}</EmptyState> : (
              <ul className="grid gap-4">{view.holdings.data.notHeld.map((h) => <Holding key={h.id} holding={h} />)}</ul>
            )}
          </PageSection>
        </>
      )}
    </>
  );
}
