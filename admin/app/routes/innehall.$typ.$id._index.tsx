import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, type ShouldRevalidateFunction } from "@remix-run/react";
import { EditorialForm } from "~/components/editorial-form";
import { Notice, secondaryButton, StatusBadge } from "~/components/ui";
import { audienceLabels } from "~/editorial/api";
import { doneNotices, editAction, emptyForm, loadItem, type FormView } from "~/editorial/edit-action.server";
import { valuesToState } from "~/editorial/form-values";
import { displayName } from "~/editorial/people";
import { failure, requireContentType, requireId } from "~/editorial/route-helpers.server";
import { formatSwedishDateTime } from "~/editorial/stockholm-time";
import { hasRole } from "~/utils/auth.server";
import { requireEditor } from "~/utils/gateway.server";
import { pageTitle } from "~/utils/site";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: pageTitle(data ? `Redigera: ${data.item.title}` : "Redigera") }];

const noStore = { "Cache-Control": "private, no-store" };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const entry = requireContentType(params.typ);
  const id = requireId(params.id);
  const editor = await requireEditor(request);
  const loaded = await loadItem(editor.send, entry, id);
  if (loaded.kind !== "ok") throw failure(loaded);
  const { type, item } = loaded.data;
  const done = new URL(request.url).searchParams.get("klart");
  return data(
    {
      entry: { slug: entry.slug, label: entry.label, pluralLabel: entry.pluralLabel },
      type,
      item,
      view: emptyForm(valuesToState(type.fields, item.values), item.version),
      done: done && doneNotices[done] ? doneNotices[done] : null,
      canPublish: hasRole(editor.session, "editor", "admin"),
    },
    { headers: noStore },
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  const entry = requireContentType(params.typ);
  const id = requireId(params.id);
  const editor = await requireEditor(request);
  const result = await editAction({ form: await request.formData(), send: editor.send, entry, id });
  if (result instanceof Response) return result;
  const status = result.kind === "form" && (result.conflict ? 409 : Object.keys(result.errors).length ? 400 : 200);
  return data(result, { status: status || 200, headers: noStore });
}

/**
 * The live Markdown preview and autosave post in the background: the page's data need not reload for them
 * (the form keeps what is typed either way).
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({ formAction, formData, defaultShouldRevalidate }) => {
  if (formAction === "/markdown-forhandsvisning" || formData?.get("intent") === "autosave") return false;
  return defaultShouldRevalidate;
};

export default function EditItem() {
  const { entry, type, item, view: loaded, done, canPublish } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const view: FormView = actionData && actionData.kind === "form" ? (actionData as FormView) : loaded;
  return (
    <>
      <p>
        <Link to={`/innehall/${entry.slug}`}>{type.pluralLabel.sv || entry.pluralLabel}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-dark">{item.title || "(utan titel)"}</h1>
      {done && !actionData ? <Notice title={done} tone="success" live /> : null}

      <section aria-label="Om posten" className="mt-4 flex flex-wrap items-start justify-between gap-4 rounded bg-surface p-4">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">Status</dt>
          <dd>
            <StatusBadge status={item.status} live={item.live} />
            {item.live ? <span className="ml-2">Syns i portalen</span> : <span className="ml-2">Syns inte i portalen</span>}
          </dd>
          {item.hasDraft && item.publishedVersion ? (
            <>
              <dt className="font-semibold">Utkast</dt>
              <dd>Det finns ändringar som inte är publicerade. Portalen visar den publicerade versionen.</dd>
            </>
          ) : null}
          <dt className="font-semibold">Målgrupp</dt>
          <dd>{audienceLabels[item.audience]}</dd>
          <dt className="font-semibold">Senast ändrad</dt>
          <dd>
            {formatSwedishDateTime(item.updatedAt)} av {displayName(item.updatedBy)}
          </dd>
          {item.scheduledPublishAt ? (
            <>
              <dt className="font-semibold">Publiceras</dt>
              <dd>{formatSwedishDateTime(item.scheduledPublishAt)}</dd>
            </>
          ) : null}
        </dl>
        <div className="flex flex-col items-start gap-2">
          <Link to={`/innehall/${entry.slug}/${encodeURIComponent(item.id)}/versioner`}>Versioner och historik</Link>
          {type.hasPreview ? (
            // A plain form in a new tab: the action gets a short-lived preview link and redirects to the portal page.
            <form method="post" action={`/innehall/${entry.slug}/${encodeURIComponent(item.id)}/forhandsvisa`} target="_blank">
              <button type="submit" className={secondaryButton}>
                Förhandsgranska i portalen<span className="sr-only"> (öppnas i en ny flik)</span>
              </button>
              <p className="mt-1 text-sm text-muted">Visar det senast sparade utkastet, bara för dig.</p>
            </form>
          ) : null}
        </div>
      </section>

      <EditorialForm
        type={type}
        view={view}
        item={{ id: item.id, title: item.title, status: item.status, scheduledPublishAt: item.scheduledPublishAt ?? null, unpublishAt: item.unpublishAt ?? null }}
        canPublish={canPublish}
        slug={entry.slug}
      />
    </>
  );
}
