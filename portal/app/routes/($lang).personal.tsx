import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { EmptyState, PageSection, SectionNotice } from "~/components/page-section";
import { requireRole } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { staffPageRoles } from "~/utils/roles";
import { pageTitle, site } from "~/utils/site";
import { StaffPageQuery } from "./personal.graphql";
import { toStaffPageView } from "./personal.view";

export const meta: MetaFunction = () => [{ title: pageTitle("För vårdpersonal") }];

/** Care staff only: a resident gets 403, an anonymous visitor logs in first and comes back here. */
export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireRole(request, ...staffPageRoles);
  const result = await gatewayRequest({
    query: StaffPageQuery,
    operationName: "StaffPage",
    variables: { region: site.region },
    accessToken: session.accessToken,
    signal: request.signal,
  });
  return data(toStaffPageView(result), { headers: { "Cache-Control": "private, no-store" } });
}

export default function StaffPage() {
  const view = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">För vårdpersonal</h1>
      <p className="mt-3 max-w-2xl text-lg">Riktlinjer och interna kontaktvägar för dig som arbetar i vården. Sidan visas bara för vårdpersonal.</p>
      <PageSection id="riktlinjer" title="Riktlinjer">
        <p className="mb-4">
          <Link to="/riktlinjer">Alla riktlinjer per kategori</Link> · <Link to="/journalatkomst">Journalåtkomst – vem når vad?</Link>
        </p>
        {view.guidelines.status === "unavailable" ? (
          <SectionNotice>Riktlinjerna kan inte visas just nu. Försök igen om en stund.</SectionNotice>
        ) : view.guidelines.data.items.length === 0 ? (
          <EmptyState>Det finns inga riktlinjer att visa.</EmptyState>
        ) : (
          <ul className="grid gap-4">
            {view.guidelines.data.items.map((g) => (
              <li key={g.id} className="rounded border border-line p-4">
                <h3 className="text-lg font-semibold">
                  <Link to={g.href}>{g.title}</Link>
                </h3>
                <p className="text-muted">
                  {g.category} · {g.region} · {g.owner}
                  {g.staffOnly ? " · Endast för personal" : null}
                </p>
                <p className="mt-2">{g.summary}</p>
                {g.reviewDue ? <p className="mt-1 text-muted">Ska ses över senast {g.reviewDue}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </PageSection>
      <PageSection id="interna-nummer" title="Interna telefonnummer">
        {view.internalNumbers.status === "unavailable" ? (
          <SectionNotice>De interna numren kan inte visas just nu. Försök igen om en stund.</SectionNotice>
        ) : view.internalNumbers.data.length === 0 ? (
          <EmptyState>Det finns inga interna nummer att visa.</EmptyState>
        ) : (
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Interna telefonnummer till vårdenheter</caption>
            <thead>
              <tr>
                <th scope="col" className="border-b border-line py-2 pr-4">Vårdenhet</th>
                <th scope="col" className="border-b border-line py-2 pr-4">Kommun</th>
                <th scope="col" className="border-b border-line py-2">Internt nummer</th>
              </tr>
            </thead>
            <tbody>
              {view.internalNumbers.data.map((unit) => (
                <tr key={unit.id}>
                  <td className="border-b border-line py-2 pr-4">{unit.name}</td>
                  <td className="border-b border-line py-2 pr-4">{unit.municipality ?? ""}</td>
                  <td className="border-b border-line py-2">
                    <a href={unit.phone.href}>{unit.phone.text}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </PageSection>
    </>
  );
}
