import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Trans, useTranslation } from "react-i18next";
import { ArchiveRequestDetails } from "~/components/archive-request-details";
import { SectionNotice } from "~/components/page-section";
import { pageLanguage } from "~/i18n/language.server";
import { metaT } from "~/i18n/meta";
import { LocaleLink } from "~/i18n/react";
import { requireSession } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle } from "~/utils/site";
import { ReleaseRequestQuery } from "./($lang).mina-arenden.$id.graphql";
import { toRequestView } from "./($lang).mina-arenden.$id.view";

export const meta: MetaFunction<typeof loader> = ({ data, params }) => {
  const t = metaT(params, "archive");
  return [{ title: pageTitle(data?.request.status === "ok" ? t("request.title", { reference: data.request.data.referenceNumber }) : t("request.titleUnknown")) }];
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { lang, t } = pageLanguage(params, "archive");
  const session = await requireSession(request);
  const result = await gatewayRequest({ query: ReleaseRequestQuery, operationName: "ReleaseRequest", variables: { id: params.id }, accessToken: session.accessToken, signal: request.signal });
  const view = toRequestView(result, lang);
  if (view.status === "missing") throw new Response(t("request.notFound"), { status: 404 });
  const sent = new URL(request.url).searchParams.has("skickad");
  return data({ request: view, sent }, { headers: { "Cache-Control": "private, no-store" } });
}

export default function MyCase() {
  const { request, sent } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["recordCopy", "archive"]);
  if (request.status !== "ok") {
    return (
      <>
        <h1 className="text-3xl font-bold text-brand-dark">{t("archive:request.titleUnknown")}</h1>
        <SectionNotice>{t("archive:request.unavailable")}</SectionNotice>
      </>
    );
  }
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">{t("archive:request.title", { reference: request.data.referenceNumber })}</h1>
      {sent ? (
        <p role="status" className="mt-4 border-l-4 border-brand bg-white px-4 py-3">
          <Trans t={t} i18nKey="recordCopy:case.thanks" values={{ reference: request.data.referenceNumber }} components={{ strong: <strong /> }} />
        </p>
      ) : null}
      <ArchiveRequestDetails request={request.data} />
      <p className="mt-6"><LocaleLink to="/mina-arenden">{t("recordCopy:case.allMine")}</LocaleLink></p>
    </>
  );
}
