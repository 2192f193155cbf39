import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { PreviewLinkSchema, readOutcome } from "~/editorial/api";
import { rootFields } from "~/editorial/content-types";
import { typeDocuments } from "~/editorial/operations.graphql";
import { failure, requireContentType, requireId } from "~/editorial/route-helpers.server";
import { requireEditor } from "~/utils/gateway.server";

/**
 * POST (from the edit page, in a new tab): asks the owning subgraph for a short-lived signed preview link
 * and sends the browser to that portal page. Only editors and admins get one; the portal checks again.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const entry = requireContentType(params.typ);
  const id = requireId(params.id);
  const editor = await requireEditor(request);
  const outcome = readOutcome(await editor.send(typeDocuments[entry.key]!.previewLink, { id }), rootFields(entry).previewLink, PreviewLinkSchema);
  if (outcome.kind !== "ok") throw failure(outcome);
  const url = new URL(outcome.data.url);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Response("Förhandsvisningen kan inte visas.", { status: 502 });
  return redirect(url.toString(), { headers: { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" } });
}

/** A GET here (a reload of the tab) goes back to the item. */
export function loader({ params }: ActionFunctionArgs) {
  return redirect(`/innehall/${params.typ ?? ""}/${encodeURIComponent(params.id ?? "")}`);
}
