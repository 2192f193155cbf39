import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { CareUnitsSection } from "~/components/care-units-section";
import { EServicesSection } from "~/components/e-services-section";
import { FeeScheduleSection } from "~/components/fee-schedule-section";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle, site } from "~/utils/site";
import { PortalHomeQuery } from "./_index.graphql";
import { toPortalHomeView } from "./_index.view";

export const meta: MetaFunction = () => [
  { title: pageTitle() },
  { name: "description", content: `Vårdenheter, avgifter och e-tjänster i ${site.owner}.` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const result = await gatewayRequest({
    query: PortalHomeQuery,
    operationName: "PortalHome",
    variables: { region: site.region },
    signal: request.signal,
  });
  return toPortalHomeView(result);
}

export default function Home() {
  const home = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">Vård och hälsa i {site.owner}</h1>
      <p className="mt-3 max-w-2xl text-lg">
        Här hittar du vårdenheter, vad ett besök kostar och vilka e-tjänster du kan använda.
      </p>
      <CareUnitsSection section={home.careUnits} />
      <FeeScheduleSection section={home.feeSchedule} />
      <EServicesSection section={home.eServices} />
    </>
  );
}
