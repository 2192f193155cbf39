import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Trans, useTranslation } from "react-i18next";
import { CareUnitsSection } from "~/components/care-units-section";
import { EServicesSection } from "~/components/e-services-section";
import { FeeScheduleSection } from "~/components/fee-schedule-section";
import { StaffSection } from "~/components/staff-section";
import { pageLanguage } from "~/i18n/language.server";
import { metaT } from "~/i18n/meta";
import { LocaleLink } from "~/i18n/react";
import { getViewer, hasRole } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { staffPageRoles } from "~/utils/roles";
import { pageTitle, site } from "~/utils/site";
import { PortalHomeQuery } from "./($lang)._index.graphql";
import { toPortalHomeView } from "./($lang)._index.view";

export const meta: MetaFunction = ({ params }) => {
  const t = metaT(params, "home");
  return [{ title: pageTitle() }, { name: "description", content: t("description", { owner: site.owner }) }];
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { lang } = pageLanguage(params, "home");
  const { session, headers } = await getViewer(request);
  const staff = hasRole(session, ...staffPageRoles);
  const result = await gatewayRequest({
    query: PortalHomeQuery,
    operationName: "PortalHome",
    variables: { region: site.region, staff },
    accessToken: session?.accessToken,
    signal: request.signal,
  });
  if (session) headers.set("Cache-Control", "private, no-store");
  return data({ ...toPortalHomeView(result, { staff, lang }), signedIn: !!session }, { headers });
}

export default function Home() {
  const home = useLoaderData<typeof loader>();
  const { t } = useTranslation("home");
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">{t("heading", { owner: site.owner })}</h1>
      <p className="mt-3 max-w-2xl text-lg">{t("intro")}</p>
      {home.staffGuidelines ? <StaffSection section={home.staffGuidelines} /> : null}
      {home.signedIn ? null : (
        <p className="mt-4 max-w-2xl">
          <Trans t={t} i18nKey="staffLogIn" components={{ a: <LocaleLink to="/personal" /> }} />
        </p>
      )}
      <CareUnitsSection section={home.careUnits} />
      <FeeScheduleSection section={home.feeSchedule} />
      <EServicesSection section={home.eServices} />
    </>
  );
}
