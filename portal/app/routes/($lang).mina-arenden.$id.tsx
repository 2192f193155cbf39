import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ArchiveRequestDetails } from "~/components/archive-request-details";
import { SectionNotice } from "~/components/page-section";
import { requireSession } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle } from "~/utils/site";
import { ReleaseRequestQuery } from "./mina-arenden.$id.graphql";
import { toRequestView } from "./mina-arenden.$id.view";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: pageTitle(data?.request.status === "ok" ? `Ärende ${data.request.data.referenceNumber}` : "Ärende") }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  const result = await gatewayRequest({ query: ReleaseRequestQuery, operationName: "ReleaseRequest", variables: { id: params.id }, accessToken: session.accessToken, signal: request.signal });
  const view = toRequestView(result);
  if (view.status === "missing") throw new Response("Ärendet finns inte.", { status: 404 });
  const sent = new URL(request.url).searchParams.has("skickad");
  return data({ request: view, sent }, { headers: { "Cache-Control": "private, no-store" } });
}

export default function MyCase() {
  const { request, sent } = useLoaderData<typeof loader>();
  if (request.status !== "ok") {
    return (
      <>
        <h1 className="text-3xl font-bold text-brand-dark">Ärende</h1>
        <SectionNotice>Ärendet kan inte visas just nu. Försök igen om en stund.</SectionNotice>
      </>
    );
  }
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">Ärende {request.data.referenceNumber}</h1>
      {sent ? (
        <p role="status" className="mt-4 border-l-4 border-brand bg-white px-4 py-3">
          Tack! Beställningen är mottagen. Ditt ärendenummer är <strong>{request.data.referenceNumber}</strong>.
        </p>
      ) : null}
      <ArchiveRequestDetails request={request.data} />
      <p className="mt-6"><Link to="/mina-arenden">Alla mina ärenden</Link></p>
    </>
  );
}
