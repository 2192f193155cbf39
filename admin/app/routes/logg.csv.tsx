import type { LoaderFunctionArgs } from "@remix-run/node";
import { AuditEntrySchema, connection, readOutcome, type AuditEntry } from "~/editorial/api";
import { auditCsv } from "~/editorial/audit-csv.server";
import { auditCsvFilename, auditFilterVariables, readAuditFilters } from "~/editorial/audit-view";
import { auditLogField } from "~/editorial/content-types";
import { auditDocuments } from "~/editorial/operations.graphql";
import { failure } from "~/editorial/route-helpers.server";
import { requireEditor } from "~/utils/gateway.server";

/** At most this many entries in one file: a bigger export is narrowed with the filters. */
const MAX_ROWS = 10_000;

/** The filtered log as a CSV download (every page of it, newest first). */
export async function loader({ request }: LoaderFunctionArgs) {
  const editor = await requireEditor(request);
  const { filters, errors } = readAuditFilters(new URL(request.url).searchParams);
  if (Object.keys(errors).length) throw new Response(Object.values(errors).join(" "), { status: 400 });
  const entries: AuditEntry[] = [];
  let after: string | null = null;
  while (entries.length < MAX_ROWS) {
    const result = await editor.send(auditDocuments[filters.area]!, { filter: auditFilterVariables(filters), first: 100, after });
    const page = readOutcome(result, auditLogField(filters.area), connection(AuditEntrySchema));
    if (page.kind !== "ok") throw failure(page);
    entries.push(...page.data.edges.map((e) => e.node));
    if (!page.data.pageInfo.hasNextPage || !page.data.pageInfo.endCursor) break;
    after = page.data.pageInfo.endCursor;
  }
  return new Response(auditCsv(entries.slice(0, MAX_ROWS)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${auditCsvFilename(filters.area, new Date())}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
