import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, type ShouldRevalidateFunction } from "@remix-run/react";
import { EditorialForm } from "~/components/editorial-form";
import { EditorialTypeSchema, readOutcome } from "~/editorial/api";
import { rootFields } from "~/editorial/content-types";
import { editAction, emptyForm, type FormView } from "~/editorial/edit-action.server";
import { typeDocuments } from "~/editorial/operations.graphql";
import { failure, requireContentType } from "~/editorial/route-helpers.server";
import { requireEditor } from "~/utils/gateway.server";
import { pageTitle } from "~/utils/site";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: pageTitle(data ? `Ny: ${data.entry.label}` : "Ny") }];

const noStore = { "Cache-Control": "private, no-store" };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const entry = requireContentType(params.typ);
  const editor = await requireEditor(request);
  const type = readOutcome(await editor.send(typeDocuments[entry.key]!.type), rootFields(entry).type, EditorialTypeSchema);
  if (type.kind !== "ok") throw failure(type);
  return data({ entry: { slug: entry.slug, label: entry.label, pluralLabel: entry.pluralLabel }, type: type.data, view: emptyForm({}, null) }, { headers: noStore });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const entry = requireContentType(params.typ);
  const editor = await requireEditor(request);
  const result = await editAction({ form: await request.formData(), send: editor.send, entry, id: null });
  if (result instanceof Response) return result;
  return data(result, { status: result.kind === "form" && Object.keys(result.errors).length ? 400 : 200, headers: noStore });
}

/**
 * The live Markdown preview and autosave post in the background: the page's data need not reload for them
 * (the form keeps what is typed either way).
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({ formAction, formData, defaultShouldRevalidate }) => {
  if (formAction === "/markdown-forhandsvisning" || formData?.get("intent") === "autosave") return false;
  return defaultShouldRevalidate;
};

export default function NewItem() {
  const { entry, type, view: loaded } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const view: FormView = actionData && actionData.kind === "form" ? (actionData as FormView) : loaded;
  return (
    <>
      <p>
        <Link to={`/innehall/${entry.slug}`}>{type.pluralLabel.sv || entry.pluralLabel}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-dark">Ny {(type.label.sv || entry.label).toLowerCase()}</h1>
      <p className="mt-2 max-w-2xl">Det du skapar blir ett utkast. Det syns inte i portalen förrän det publiceras.</p>
      <EditorialForm type={type} view={view} item={null} canPublish={false} slug={entry.slug} />
    </>
  );
}
