import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { inputClass, Notice, Pager, primaryButton, secondaryButton, StatusBadge } from "~/components/ui";
import { connection, EditorialItemSchema, EditorialTypeSchema, FieldDiffSchema, readOutcome, revisionActionLabels, RevisionSchema } from "~/editorial/api";
import { rootFields } from "~/editorial/content-types";
import { labelFor } from "~/editorial/edit-view";
import { typeDocuments } from "~/editorial/operations.graphql";
import { pageLinks, readPageParams } from "~/editorial/paging";
import { displayName } from "~/editorial/people";
import { failure, requireContentType, requireId } from "~/editorial/route-helpers.server";
import { formatSwedishDateTime } from "~/editorial/stockholm-time";
import { requireEditor } from "~/utils/gateway.server";
import { pageTitle } from "~/utils/site";
import { z } from "zod";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: pageTitle(data ? `Versioner: ${data.item.title}` : "Versioner") }];

const noStore = { "Cache-Control": "private, no-store" };

function revisionNumber(value: string | null): number | null {
  return value && /^\d{1,9}$/.test(value) ? Number(value) : null;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const entry = requireContentType(params.typ);
  const id = requireId(params.id);
  const editor = await requireEditor(request);
  const search = new URL(request.url).searchParams;
  const page = readPageParams(search);
  const docs = typeDocuments[entry.key]!;
  const fields = rootFields(entry);
  const result = await editor.send(docs.revisions, { id, first: 20, after: page.after });
  const type = readOutcome(result, fields.type, EditorialTypeSchema);
  if (type.kind !== "ok") throw failure(type);
  const item = readOutcome(result, fields.item, EditorialItemSchema);
  if (item.kind !== "ok") throw failure(item);
  const revisions = readOutcome(result, fields.revisions, connection(RevisionSchema));
  if (revisions.kind !== "ok") throw failure(revisions);
  const list = revisions.data.edges.map((e) => e.node);

  // Compare: from/to chosen in the form, else the newest against the one before it.
  const newest = list[0]?.number ?? null;
  const from = revisionNumber(search.get("fran")) ?? (newest && newest > 1 ? newest - 1 : null);
  const to = revisionNumber(search.get("till")) ?? newest;
  let diff: { from: number; to: number; fields: z.output<typeof FieldDiffSchema>[] } | { from: number; to: number; error: string } | null = null;
  if (from && to) {
    const answer = readOutcome(await editor.send(docs.diff, { id, from, to }), fields.diff, z.array(FieldDiffSchema));
    diff = answer.kind === "ok" ? { from, to, fields: answer.data } : { from, to, error: answer.kind === "not-found" ? "Det finns ingen sådan version." : "Jämförelsen kan inte visas just nu." };
  }
  return data(
    {
      entry: { slug: entry.slug, pluralLabel: entry.pluralLabel },
      item: { id: item.data.id, title: item.data.title, version: item.data.version, status: item.data.status, live: item.data.live },
      revisions: list.map((r) => ({ ...r, changedLabels: r.changedFields.map((f) => labelFor(type.data.fields, f)) })),
      totalCount: revisions.data.totalCount,
      pager: pageLinks(search, page, revisions.data.pageInfo),
      numbers: list.map((r) => r.number),
      diff,
    },
    { headers: noStore },
  );
}

/** Restore: the old values become a new working copy (a draft); the published row is not touched. */
export async function action({ request, params }: ActionFunctionArgs) {
  const entry = requireContentType(params.typ);
  const id = requireId(params.id);
  const editor = await requireEditor(request);
  const form = await request.formData();
  const number = revisionNumber(String(form.get("number") ?? ""));
  const version = Number(form.get("version"));
  if (!number || !Number.isInteger(version)) throw new Response("Ogiltig version.", { status: 400 });
  const confirmPublicAudience = form.get("confirmPublicAudience") === "ja";
  const outcome = readOutcome(
    await editor.send(typeDocuments[entry.key]!.restore, { id, number, version, confirmPublicAudience }),
    rootFields(entry).restore,
    EditorialItemSchema,
  );
  if (outcome.kind === "conflict") {
    return data({ error: "Posten har ändrats sedan sidan laddades. Titta på historiken igen och försök på nytt." }, { status: 409 });
  }
  // The old version was for everyone while the item is now narrower: the editor confirms the widening first.
  if (outcome.kind === "audience") return data({ confirmAudience: number, version }, { status: 409 });
  if (outcome.kind !== "ok") throw failure(outcome);
  return redirect(`/innehall/${entry.slug}/${encodeURIComponent(id)}?klart=aterstalld`);
}

export default function Revisions() {
  const { entry, item, revisions, totalCount, pager, numbers, diff } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const base = `/innehall/${entry.slug}/${encodeURIComponent(item.id)}`;
  return (
    <>
      <p>
        <Link to={base}>Tillbaka till {item.title || "posten"}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-dark">Versioner: {item.title}</h1>
      {refused && "error" in refused ? <Notice title={refused.error} tone="warning" live /> : null}
      {refused && "confirmAudience" in refused ? (
        <div className="mt-4 rounded border-4 border-notice-edge bg-notice p-4" role="alertdialog" aria-labelledby="publik-rubrik">
          <h2 id="publik-rubrik" className="text-xl font-bold">
            Version {refused.confirmAudience} var synlig för alla
          </h2>
          <p className="mt-2">Återställer du den blir utkastets målgrupp Alla (publikt): när det publiceras kan vem som helst läsa det.</p>
          <Form method="post" className="mt-3">
            <input type="hidden" name="number" value={refused.confirmAudience} />
            <input type="hidden" name="version" value={refused.version} />
            <button type="submit" name="confirmPublicAudience" value="ja" className={primaryButton} autoFocus>
              Ja, återställ version {refused.confirmAudience}
            </button>
          </Form>
        </div>
      ) : null}
      <p className="mt-2">
        Nu: <StatusBadge status={item.status} live={item.live} />
      </p>

      <section aria-labelledby="jamfor-rubrik" className="mt-6">
        <h2 id="jamfor-rubrik" className="text-2xl font-bold text-brand-dark">
          Jämför två versioner
        </h2>
        <Form method="get" className="mt-2 flex flex-wrap items-end gap-4">
          {(["fran", "till"] as const).map((name) => (
            <div key={name}>
              <label htmlFor={name} className="block font-semibold">
                {name === "fran" ? "Från version" : "Till version"}
              </label>
              <select id={name} name={name} defaultValue={String((name === "fran" ? diff?.from : diff?.to) ?? "")} className={`${inputClass} w-40`}>
                {numbers.map((n) => (
                  <option key={n} value={n}>
                    Version {n}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <button type="submit" className={primaryButton}>
            Jämför
          </button>
        </Form>
        {diff ? (
          "error" in diff ? (
            <Notice title={diff.error} tone="warning" />
          ) : diff.fields.length === 0 ? (
            <p className="mt-4">Version {diff.from} och {diff.to} har samma innehåll.</p>
          ) : (
            <div className="mt-4" data-testid="diff">
              <p>
                Ändringar från version {diff.from} till {diff.to}. Borttagen text är <del className="bg-[#fde2e2] text-[#7a1010]">överstruken</del>, tillagd
                text <ins className="bg-[#e2f5e7] text-[#0f4a20]">understruken</ins>.
              </p>
              <dl className="mt-3">
                {diff.fields.map((f) => (
                  <div key={f.field} className="mt-3 rounded border border-line p-3">
                    <dt className="font-semibold">{f.label}</dt>
                    <dd className="mt-1 whitespace-pre-wrap">
                      {f.parts.map((part, i) =>
                        part.added ? (
                          <ins key={i} className="bg-[#e2f5e7] text-[#0f4a20]">
                            <span className="sr-only">[tillagt: </span>
                            {part.value}
                            <span className="sr-only">]</span>
                          </ins>
                        ) : part.removed ? (
                          <del key={i} className="bg-[#fde2e2] text-[#7a1010]">
                            <span className="sr-only">[borttaget: </span>
                            {part.value}
                            <span className="sr-only">]</span>
                          </del>
                        ) : (
                          <span key={i}>{part.value}</span>
                        ),
                      )}
                    </dd>
                  </div>
                ))}
              </dl>
            </div>
          )
        ) : null}
      </section>

      <section aria-labelledby="historik-rubrik" className="mt-10">
        <h2 id="historik-rubrik" className="text-2xl font-bold text-brand-dark">
          Historik ({totalCount})
        </h2>
        <p className="mt-1 max-w-2xl">Att återställa en version gör den till ett nytt utkast. Den publicerade versionen ändras inte förrän utkastet publiceras.</p>
        <table className="mt-3 w-full border-collapse text-left">
          <caption className="sr-only">Versioner, nyast först</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-3">
                Version
              </th>
              <th scope="col" className="py-2 pr-3">
                Händelse
              </th>
              <th scope="col" className="py-2 pr-3">
                Vem
              </th>
              <th scope="col" className="py-2 pr-3">
                När
              </th>
              <th scope="col" className="py-2 pr-3">
                Ändrade fält
              </th>
              <th scope="col" className="py-2 pr-3">
                <span className="sr-only">Återställ</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r, index) => (
              <tr key={r.number} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-3">
                  {r.number}
                </th>
                <td className="py-2 pr-3">
                  {revisionActionLabels[r.action] ?? r.action}
                  {r.autosave ? " (autosparat)" : null}
                </td>
                <td className="py-2 pr-3">{displayName(r.author)}</td>
                <td className="py-2 pr-3">{formatSwedishDateTime(r.at)}</td>
                <td className="py-2 pr-3">{r.changedLabels.length ? r.changedLabels.join(", ") : "–"}</td>
                <td className="py-2 pr-3">
                  {index === 0 && !pager.previous ? null : (
                    <Form method="post">
                      <input type="hidden" name="number" value={r.number} />
                      <input type="hidden" name="version" value={item.version} />
                      <button type="submit" className={secondaryButton}>
                        Återställ version {r.number} som utkast
                      </button>
                    </Form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Pager previous={pager.previous} next={pager.next} label="Sidor i historiken" />
      </section>
    </>
  );
}
