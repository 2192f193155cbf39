import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { StatusBadge } from "~/components/ui";
import { contentStatuses, statusLabels } from "~/editorial/api";
import { contentTypes } from "~/editorial/content-types";
import { toTypeOverview } from "~/editorial/list-view";
import { typeDocuments } from "~/editorial/operations.graphql";
import { formatSwedishDateTime } from "~/editorial/stockholm-time";
import { requireEditor } from "~/utils/gateway.server";
import { pageTitle, site } from "~/utils/site";

export const meta: MetaFunction = () => [{ title: pageTitle("Start") }];

/** One small query per type, side by side: a type whose subgraph is down shows "unavailable", the rest render. */
export async function loader({ request }: LoaderFunctionArgs) {
  const editor = await requireEditor(request);
  const overviews = await Promise.all(
    contentTypes.map(async (entry) => toTypeOverview(await editor.send(typeDocuments[entry.key]!.overview), entry, editor.session.user.subject)),
  );
  return data({ overviews }, { headers: { "Cache-Control": "private, no-store" } });
}

export default function AdminHome() {
  const { overviews } = useLoaderData<typeof loader>();
  const myDrafts = overviews.flatMap((o) => (o.status === "ok" ? o.myDrafts.map((item) => ({ item, entry: o.entry })) : []));
  const inReview = overviews.flatMap((o) => (o.status === "ok" ? o.inReview.map((item) => ({ item, entry: o.entry })) : []));
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">{site.tool}</h1>
      <p className="mt-3 max-w-2xl text-lg">
        Skriv, granska och publicera innehållet i {site.name} för {site.owner}. Utkast syns inte i portalen förrän de publiceras.
      </p>

      <section aria-labelledby="typer-rubrik" className="mt-8">
        <h2 id="typer-rubrik" className="text-2xl font-bold text-brand-dark">
          Innehåll
        </h2>
        <table className="mt-3 w-full border-collapse text-left">
          <caption className="sr-only">Innehållstyper och antal per status</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                Typ
              </th>
              {contentStatuses.map((s) => (
                <th key={s} scope="col" className="py-2 pr-4 text-right">
                  {statusLabels[s]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {overviews.map((o) => (
              <tr key={o.entry.key} className="border-b border-line">
                <th scope="row" className="py-2 pr-4 font-semibold">
                  <Link to={`/innehall/${o.entry.slug}`}>{o.entry.pluralLabel}</Link>
                </th>
                {o.status === "ok" ? (
                  contentStatuses.map((s) => (
                    <td key={s} className="py-2 pr-4 text-right tabular-nums">
                      {o.counts[s] > 0 ? <Link to={`/innehall/${o.entry.slug}?status=${s}`} aria-label={`${o.counts[s]} ${statusLabels[s].toLowerCase()}: ${o.entry.pluralLabel}`}>{o.counts[s]}</Link> : 0}
                    </td>
                  ))
                ) : (
                  <td colSpan={contentStatuses.length} className="py-2 pr-4 text-muted">
                    Kan inte visas just nu
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <div className="mt-10 grid gap-8 md:grid-cols-2">
        <section aria-labelledby="mina-utkast-rubrik">
          <h2 id="mina-utkast-rubrik" className="text-2xl font-bold text-brand-dark">
            Mina senaste utkast
          </h2>
          {myDrafts.length === 0 ? (
            <p className="mt-2 text-muted">Du har inga utkast just nu.</p>
          ) : (
            <ul className="mt-2">
              {myDrafts.map(({ item, entry }) => (
                <li key={`${entry.key}-${item.id}`} className="mt-2">
                  <Link to={`/innehall/${entry.slug}/${encodeURIComponent(item.id)}`}>{item.title || "(utan titel)"}</Link>{" "}
                  <span className="text-muted">
                    · {entry.label} · ändrad {formatSwedishDateTime(item.updatedAt)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="granskning-rubrik">
          <h2 id="granskning-rubrik" className="text-2xl font-bold text-brand-dark">
            Väntar på granskning
          </h2>
          {inReview.length === 0 ? (
            <p className="mt-2 text-muted">Inget väntar på granskning.</p>
          ) : (
            <ul className="mt-2">
              {inReview.map(({ item, entry }) => (
                <li key={`${entry.key}-${item.id}`} className="mt-2">
                  <Link to={`/innehall/${entry.slug}/${encodeURIComponent(item.id)}`}>{item.title || "(utan titel)"}</Link>{" "}
                  <StatusBadge status={item.status} /> <span className="text-muted">· {entry.label}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section aria-labelledby="verktyg-rubrik" className="mt-10">
        <h2 id="verktyg-rubrik" className="text-2xl font-bold text-brand-dark">
          Verktyg
        </h2>
        <ul className="mt-2 list-disc pl-6">
          <li>
            <Link to="/logg">Ändringslogg</Link> – vem ändrade vad och när, med export till CSV.
          </li>
          <li>
            <Link to="/import">Importera från CSV</Link> – vårdenheter och avgiftsposter.
          </li>
        </ul>
      </section>
    </>
  );
}
