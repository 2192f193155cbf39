import { data, type ActionFunctionArgs } from "@remix-run/node";
import { renderMarkdown } from "@vardportal/web/markdown";
import { MAX_MARKDOWN } from "~/editorial/edit-action.server";
import { requireEditor } from "~/utils/gateway.server";

/**
 * The live Markdown preview of the edit form: POST `markdown`, get `{ html }` rendered and sanitised by the
 * same renderer the portal uses (no script, iframe, event-handler attribute or javascript: link survives).
 */
export async function action({ request }: ActionFunctionArgs) {
  await requireEditor(request);
  const form = await request.formData();
  const markdown = form.get("markdown");
  if (typeof markdown !== "string") return data({ html: "" }, { status: 400 });
  return data({ html: renderMarkdown(markdown.slice(0, MAX_MARKDOWN)) }, { headers: { "Cache-Control": "private, no-store" } });
}
