import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CareUnitsSection } from "~/components/care-units-section";
import { EServicesSection } from "~/components/e-services-section";
import { FeeScheduleSection } from "~/components/fee-schedule-section";
import { StaffSection } from "~/components/staff-section";
import { getViewer, hasRole } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { staffPageRoles } from "~/utils/roles";
import { pageTitle, site } from "~/utils/site";
import { PortalHomeQuery } from "./_index.graphql";
import { toPortalHomeView } from "./_index.view";

export const meta: MetaFunction = () => [
  { title: pageTitle() },
  { name: "description", content: `Vårdenheter, avgifter och e-tjänster i ${site.owner}.` },
];

export async function loader({ request }: LoaderFunctionArgs) {
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
  return data({ ...toPortalHomeView(result, { staff }), signedIn: !!session }, { headers });
}

export default function Home() {
  const home = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">Vård och hälsa i {site.owner}</h1>
      <p className="mt-3 max-w-2xl text-lg">
        Här hittar du vårdenheter, vad ett besök kostar och vilka e-tjänster du kan använda.
      </p>
      {home.staffGuidelines ? <StaffSection section={home.staffGuidelines} /> : null}
      {home.signedIn ? null : (
        <p className="mt-4 max-w-2xl">
          Är du vårdpersonal? <Link to="/personal">Logga in</Link> för att se riktlinjer och interna kontaktvägar.
        </p>
      )}
      <CareUnitsSection section={home.careUnits} />
      <FeeScheduleSection section={home.feeSchedule} />
      <EServicesSection section={home.eServices} />
    </>
  );
}
