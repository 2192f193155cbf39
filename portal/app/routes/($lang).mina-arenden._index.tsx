import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { label, releaseStatusLabels } from "~/components/archive-labels";
import { EmptyState, PageSection, SectionNotice } from "~/components/page-section";
import { requireSession } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { mapSection, readSection } from "~/utils/section";
import { pageTitle } from "~/utils/site";
import { MyReleaseRequestsQuery } from "./mina-arenden._index.graphql";

export const meta: MetaFunction = () => [{ title: pageTitle("Mina ärenden") }];

const Mine = z.object({ edges: z.array(z.object({ node: z.object({ id: z.string(), referenceNumber: z.string(), status: z.string(), receivedOn: z.string(), careUnit: z.string() }) })) });

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  const result = await gatewayRequest({ query: MyReleaseRequestsQuery, operationName: "MyReleaseRequests", accessToken: session.accessToken, signal: request.signal });
  const requests = mapSection(readSection(result, "myReleaseRequests", Mine), (page) => page.edges.map(({ node }) => ({ ...node, status: label(releaseStatusLabels, node.status) })));
  return data({ requests }, { headers: { "Cache-Control": "private, no-store" } });
}

export default function MyCases() {
  const { requests } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">Mina ärenden</h1>
      <p className="mt-3 max-w-2xl text-lg">Dina beställningar av journalkopior hos Regionarkivet och var de står. <Link to="/journalkopia">Beställ en kopia</Link>.</p>
      <PageSection id="arenden" title="Beställningar">
        {requests.status === "unavailable" ? (
          <SectionNotice>Dina ärenden kan inte visas just nu. Försök igen om en stund.</SectionNotice>
        ) : requests.data.length === 0 ? (
          <EmptyState>Du har inga beställningar.</EmptyState>
        ) : (
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Dina beställningar av journalkopior</caption>
            <thead>
              <tr>
                <th scope="col" className="border-b border-line py-2 pr-4">Ärendenummer</th>
                <th scope="col" className="border-b border-line py-2 pr-4">Mottagen</th>
                <th scope="col" className="border-b border-line py-2 pr-4">Vårdenhet</th>
                <th scope="col" className="border-b border-line py-2">Status</th>
              </tr>
            </thead>
            <tbody>
              {requests.data.map((r) => (
                <tr key={r.id}>
                  <td className="border-b border-line py-2 pr-4"><Link to={`/mina-arenden/${r.id}`}>{r.referenceNumber}</Link></td>
                  <td className="border-b border-line py-2 pr-4">{r.receivedOn}</td>
                  <td className="border-b border-line py-2 pr-4">{r.careUnit}</td>
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
