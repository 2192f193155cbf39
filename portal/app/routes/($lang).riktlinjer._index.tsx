import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { buttonClass, inputClass } from "~/components/fee-field";
import { GuidelineList } from "~/components/guideline-list";
import { EmptyState, SectionNotice } from "~/components/page-section";
import { requireRole } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { staffPageRoles } from "~/utils/roles";
import { pageTitle } from "~/utils/site";
import { GuidelineListQuery } from "./riktlinjer._index.graphql";
import { guidelineCategoryOptions, readListParams, toGuidelineListView, toListVariables } from "./riktlinjer._index.view";

export const meta: MetaFunction = () => [{ title: pageTitle("Riktlinjer") }];

const swedishToday = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(new Date());

/** Staff guidance: care staff, editors and admins; others log in or get 403. */
export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireRole(request, ...staffPageRoles);
  const params = readListParams(new URL(request.url).searchParams);
  const result = await gatewayRequest({ query: GuidelineListQuery, operationName: "GuidelineList", variables: toListVariables(params), accessToken: session.accessToken, signal: request.signal });
  return data({ params, list: toGuidelineListView(result, params, swedishToday()) }, { headers: { "Cache-Control": "private, no-store" } });
}

export default function GuidelinesPage() {
  const { params, list } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">Riktlinjer</h1>
      <p className="mt-3 max-w-2xl text-lg">
        Riktlinjer om Journalen via nätet, försegling, blockering, låsning och minderårigas åtkomst. Vill du se vad som gäller för en viss familj? Använd{" "}
        <Link to="/journalatkomst">verktyget för journalåtkomst</Link>.
      </p>
      <Form method="get" className="mt-6 flex flex-wrap items-end gap-3" aria-label="Filtrera riktlinjer">
        <div>
          <label htmlFor="kategori" className="block font-semibold">
            Kategori
          </label>
          <select id="kategori" name="kategori" defaultValue={params.category ?? ""} className={inputClass}>
            <option value="">Alla kategorier</option>
            {guidelineCategoryOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={`${buttonClass} mt-0`}>
          Visa
        </button>
      </Form>
      <div className="mt-8">
        {list.status === "unavailable" ? (
          <SectionNotice>Riktlinjerna kan inte visas just nu. Försök igen om en stund.</SectionNotice>
        ) : list.data.groups.length === 0 ? (
          <EmptyState>Det finns inga riktlinjer i den här kategorin.</EmptyState>
        ) : (
          <>
            <p role="status">{list.data.totalCount === 1 ? "1 riktlinje" : `${list.data.totalCount} riktlinjer`}</p>
            <GuidelineList groups={list.data.groups} />
            {list.data.nextHref ? (
              <p className="mt-6">
                <Link to={list.data.nextHref}>Visa fler riktlinjer</Link>
              </p>
            ) : null}
          </>
        )}
      </div>
    </>
  );
}
