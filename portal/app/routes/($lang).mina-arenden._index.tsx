import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Trans, useTranslation } from "react-i18next";
import { z } from "zod";
import { archiveLabel } from "~/components/archive-labels";
import { Sv } from "~/components/localized";
import { EmptyState, PageSection, SectionNotice } from "~/components/page-section";
import { pageLanguage } from "~/i18n/language.server";
import { metaT } from "~/i18n/meta";
import { LocaleLink } from "~/i18n/react";
import { requireSession } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { mapSection, readSection } from "~/utils/section";
import { pageTitle } from "~/utils/site";
import { MyReleaseRequestsQuery } from "./($lang).mina-arenden._index.graphql";

export const meta: MetaFunction = ({ params }) => [{ title: pageTitle(metaT(params, "recordCopy")("mine.title")) }];

const Mine = z.object({ edges: z.array(z.object({ node: z.object({ id: z.string(), referenceNumber: z.string(), status: z.string(), receivedOn: z.string(), careUnit: z.string() }) })) });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { lang } = pageLanguage(params);
  const session = await requireSession(request);
  const result = await gatewayRequest({ query: MyReleaseRequestsQuery, operationName: "MyReleaseRequests", accessToken: session.accessToken, signal: request.signal });
  const requests = mapSection(readSection(result, "myReleaseRequests", Mine), (page) => page.edges.map(({ node }) => ({ ...node, status: archiveLabel("releaseStatus", node.status, lang) })));
  return data({ requests }, { headers: { "Cache-Control": "private, no-store" } });
}

const columns = ["reference", "received", "careUnit", "status"] as const;

export default function MyCases() {
  const { requests } = useLoaderData<typeof loader>();
  const { t } = useTranslation("recordCopy");
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">{t("mine.title")}</h1>
      <p className="mt-3 max-w-2xl text-lg">
        <Trans t={t} i18nKey="mine.intro" components={{ a: <LocaleLink to="/journalkopia" /> }} />
      </p>
      <PageSection id="arenden" title={t("mine.requests")}>
        {requests.status === "unavailable" ? (
          <SectionNotice>{t("mine.unavailable")}</SectionNotice>
        ) : requests.data.length === 0 ? (
          <EmptyState>{t("mine.empty")}</EmptyState>
        ) : (
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t("mine.caption")}</caption>
            <thead>
              <tr>
                {columns.map((c, i) => (
                  <th key={c} scope="col" className={`border-b border-line py-2${i < columns.length - 1 ? " pr-4" : ""}`}>
                    {t(`mine.columns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {requests.data.map((r) => (
                <tr key={r.id}>
                  <td className="border-b border-line py-2 pr-4"><LocaleLink to={`/mina-arenden/${r.id}`}>{r.referenceNumber}</LocaleLink></td>
                  <td className="border-b border-line py-2 pr-4">{r.receivedOn}</td>
                  <td className="border-b border-line py-2 pr-4"><Sv>{r.careUnit}</Sv></td>
                  <td className="border-b border-line py-2">{r.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </PageSection>
    </>
  );
}
