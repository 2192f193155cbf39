import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { EmptyState, PageSection, SectionNotice } from "~/components/page-section";
import { getViewer } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { canUse, type Role } from "~/utils/roles";
import { pageTitle } from "~/utils/site";
import { archiveStaffRoles } from "~/components/archive-labels";
import { ArchiveHoldingsQuery } from "./arkiv._index.graphql";
import { toHoldingsView, type HoldingView } from "./arkiv._index.view";

export const meta: MetaFunction = () => [{ title: pageTitle("Arkivet") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { session, headers } = await getViewer(request);
  const result = await gatewayRequest({ query: ArchiveHoldingsQuery, operationName: "ArchiveHoldings", accessToken: session?.accessToken, signal: request.signal });
  const roles = (session?.user.roles ?? []) as Role[];
  return data({ ...toHoldingsView(result), archiveStaff: canUse(roles, archiveStaffRoles) }, { headers });
}

function Holding({ holding }: { holding: HoldingView }) {
  return (
    <li className="rounded border border-line p-4">
      <h3 className="text-lg font-semibold">
        {holding.title}
        {holding.internal ? <span className="ml-2 text-sm font-normal text-muted">(endast arkivpersonal)</span> : null}
      </h3>
      <p className="mt-1">{holding.description}</p>
      {holding.facts.length ? (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          {holding.facts.map((f) => (
            <div key={f.term} className="contents">
              <dt className="font-semibold">{f.term}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {holding.whereToAsk ? (
        <p className="mt-2">
          <strong>Fråga i stället:</strong> {holding.whereToAsk}
        </p>
      ) : null}
    </li>
  );
}

export default function ArchivePage() {
  const view = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">Arkivet</h1>
      <p className="mt-3 max-w-2xl text-lg">
        Vad Regionarkivet förvarar och vad det inte har. Vill du ha en kopia av en journal? <Link to="/journalkopia">Ta reda på var du ska fråga</Link>.
      </p>
      {view.archiveStaff ? (
        <nav aria-label="Arkivpersonalens sidor" className="mt-4">
          <ul className="flex flex-wrap gap-4">
            <li><Link to="/arkiv/arenden">Ärendekön</Link></li>
            <li><Link to="/arkiv/statistik">Statistik</Link></li>
            <li><Link to="/arkiv/register">Journalregistret</Link></li>
          </ul>
        </nav>
      ) : null}
      {view.holdings.status === "unavailable" ? (
        <PageSection id="bestand" title="Det här finns i arkivet">
          <SectionNotice>Arkivets bestånd kan inte visas just nu. Försök igen om en stund.</SectionNotice>
        </PageSection>
      ) : (
        <>
          <PageSection id="bestand" title="Det här finns i arkivet">
            {view.holdings.data.held.length === 0 ? <EmptyState>Det finns inga bestånd att visa.</EmptyState> : (
              <ul className="grid gap-4">{view.holdings.data.held.map((h) => <Holding key={h.id} holding={h} />)}</ul>
            )}
          </PageSection>
          <PageSection id="finns-inte" title="Det här finns inte i arkivet">
            {view.holdings.data.notHeld.length === 0 ? <EmptyState>Inget att visa.</EmptyState> : (
              <ul className="grid gap-4">{view.holdings.data.notHeld.map((h) => <Holding key={h.id} holding={h} />)}</ul>
            )}
          </PageSection>
        </>
      )}
    </>
  );
}
