import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { EmptyState, inputClass, Pager, primaryButton, StatusBadge } from "~/components/ui";
import { audienceLabels, audiences, contentStatuses, statusLabels } from "~/editorial/api";
import { listVariables, readListFilters, sortLabels, toListView } from "~/editorial/list-view";
import { typeDocuments } from "~/editorial/operations.graphql";
import { displayName } from "~/editorial/people";
import { failure, requireContentType } from "~/editorial/route-helpers.server";
import { formatSwedishDateTime } from "~/editorial/stockholm-time";
import { requireEditor } from "~/utils/gateway.server";
import { pageTitle } from "~/utils/site";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: pageTitle(data?.entry.pluralLabel ?? "Innehåll") }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const entry = requireContentType(params.typ);
  const editor = await requireEditor(request);
  const search = new URL(request.url).searchParams;
  const filters = readListFilters(search);
  const result = await editor.send(typeDocuments[entry.key]!.list, listVariables(filters, search));
  const view = toListView(result, entry, search);
  if (view.kind !== "ok") throw failure(view);
  return data(
    { entry: { slug: entry.slug, label: entry.label, pluralLabel: entry.pluralLabel }, filters, view: view.data, filtered: search.toString() !== "" },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export default function ContentList() {
  const { entry, filters, view, filtered } = useLoaderData<typeof loader>();
  const heading = view.type.pluralLabel.sv || entry.pluralLabel;
  return (
    <>
      <p>
        <Link to="/">Start</Link>
      </p>
      <div className="mt-2 flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold text-brand-dark">{heading}</h1>
        <Link to={`/innehall/${entry.slug}/ny`} className={`${primaryButton} no-underline`}>
          Skapa ny
        </Link>
      </div>

      <Form method="get" className="mt-6 rounded border border-line p-4" aria-labelledby="filter-rubrik">
        <h2 id="filter-rubrik" className="text-lg font-semibold">
          Sök och filtrera
        </h2>
        <div className="mt-2 grid gap-4 md:grid-cols-3">
          <div className="md:col-span-3">
            <label htmlFor="q" className="block font-semibold">
              Sök
            </label>
            <input id="q" name="q" type="search" defaultValue={filters.search} className={`${inputClass} max-w-xl`} />
          </div>
          <div>
            <label htmlFor="status" className="block font-semibold">
              Status
            </label>
            <select id="status" name="status" defaultValue={filters.status} className={inputClass}>
              <option value="">Alla</option>
              {contentStatuses.map((s) => (
                <option key={s} value={s}>
                  {statusLabels[s]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="malgrupp" className="block font-semibold">
              Målgrupp
            </label>
            <select id="malgrupp" name="malgrupp" defaultValue={filters.audience} className={inputClass}>
              <option value="">Alla</option>
              {audiences.map((a) => (
                <option key={a} value={a}>
                  {audienceLabels[a]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="region" className="block font-semibold">
              Region
            </label>
            {view.regions.length ? (
              <select id="region" name="region" defaultValue={filters.region} className={inputClass}>
                <option value="">Alla</option>
                {view.regions.map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </select>
            ) : (
              <input id="region" name="region" type="text" defaultValue={filters.region} className={inputClass} />
            )}
          </div>
          <div>
            <label htmlFor="sortering" className="block font-semibold">
              Sortering
            </label>
            <select id="sortering" name="sortering" defaultValue={filters.sort} className={inputClass}>
              {Object.entries(sortLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <button type="submit" className={primaryButton}>
            Visa
          </button>
          {filtered ? <Link to={`/innehall/${entry.slug}`}>Rensa filter</Link> : null}
        </div>
      </Form>

      <p className="mt-6" role="status">
        {view.totalCount === 1 ? "1 träff" : `${view.totalCount} träffar`}
      </p>
      {view.items.length === 0 ? (
        <EmptyState title={filtered ? "Inget matchar sökningen." : `Det finns inga ${heading.toLowerCase()} ännu.`}>
          {filtered ? <Link to={`/innehall/${entry.slug}`}>Visa alla</Link> : <Link to={`/innehall/${entry.slug}/ny`}>Skapa den första</Link>}
        </EmptyState>
      ) : (
        <table className="mt-2 w-full border-collapse text-left">
          <caption className="sr-only">{heading}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-3">
                Titel
              </th>
              <th scope="col" className="py-2 pr-3">
                Status
              </th>
              <th scope="col" className="py-2 pr-3">
                Målgrupp
              </th>
              <th scope="col" className="py-2 pr-3">
                Region
              </th>
              <th scope="col" className="py-2 pr-3">
                Senast ändrad
              </th>
            </tr>
          </thead>
          <tbody>
            {view.items.map((item) => (
              <tr key={item.id} className="border-b border-line align-top">
                <td className="py-2 pr-3">
                  <Link to={`/innehall/${entry.slug}/${encodeURIComponent(item.id)}`}>{item.title || "(utan titel)"}</Link>
                  {item.missingEnglish.length ? <span className="block text-sm text-muted">Engelsk text saknas</span> : null}
                </td>
                <td className="py-2 pr-3">
                  <StatusBadge status={item.status} live={item.live} />
                  {item.hasDraft && item.status !== "DRAFT" && item.status !== "IN_REVIEW" ? <span className="block text-sm">Har ett utkast</span> : null}
                  {item.scheduledPublishAt ? <span className="block text-sm">Publiceras {formatSwedishDateTime(item.scheduledPublishAt)}</span> : null}
                </td>
                <td className="py-2 pr-3">{audienceLabels[item.audience]}</td>
                <td className="py-2 pr-3">{item.region}</td>
                <td className="py-2 pr-3">
                  {formatSwedishDateTime(item.updatedAt)}
                  <span className="block text-sm text-muted">{displayName(item.updatedBy)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager previous={view.previous} next={view.next} label={`Sidor: ${heading}`} />
    </>
  );
}
