import { z } from "zod";
import { archiveLabel } from "~/components/archive-labels";
import type { Lang } from "~/i18n/languages";
import type { GatewayResult } from "~/utils/gateway.server";
import { mapSection, readSection, type Section } from "~/utils/section";

export const queueStatuses = ["RECEIVED", "RETRIEVING", "ASSESSED", "SENT", "INVOICED", "CLOSED"] as const;
/** The sort orders and assignee filters the form offers, in order; their names are `archive:queue.sorts.*` and `queue.assignees.*`. */
export const queueSorts = ["OLDEST_FIRST", "NEWEST_FIRST", "BY_STATUS"] as const;
export const queueAssignees = ["ANY", "ME", "UNASSIGNED"] as const;

/** The queue's GET form: unknown values fall back to the defaults, so a hand-edited address still works. */
export function readQueueParams(params: URLSearchParams) {
  const status = params.get("status") ?? "";
  const sort = params.get("sort") ?? "OLDEST_FIRST";
  const assignee = params.get("assignee") ?? "ANY";
  const values = {
    status: (queueStatuses as readonly string[]).includes(status) ? status : "",
    sort: (queueSorts as readonly string[]).includes(sort) ? sort : "OLDEST_FIRST",
    assignee: (queueAssignees as readonly string[]).includes(assignee) ? assignee : "ANY",
    after: params.get("after") || null,
  };
  return { values, variables: { filter: { status: values.status ? [values.status] : null, assignee: values.assignee }, sort: values.sort, after: values.after } };
}

const Queue = z.object({
  totalCount: z.number(),
  edges: z.array(z.object({ node: z.object({ id: z.string(), referenceNumber: z.string(), status: z.string(), receivedOn: z.string(), incomingChannel: z.string(), careUnit: z.string(), assigneeName: z.string().nullish() }) })),
  pageInfo: z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullish() }),
});

export type QueueView = Section<{ totalCount: number; rows: { id: string; referenceNumber: string; status: string; receivedOn: string; channel: string; careUnit: string; assignee: string }[]; next: string | null }>;

export function toQueueView(result: GatewayResult, lang: Lang = "sv"): QueueView {
  return mapSection(readSection(result, "releaseRequestQueue", Queue), (q) => ({
    totalCount: q.totalCount,
    rows: q.edges.map(({ node }) => ({ id: node.id, referenceNumber: node.referenceNumber, status: archiveLabel("releaseStatus", node.status, lang), receivedOn: node.receivedOn, channel: archiveLabel("incoming", node.incomingChannel, lang), careUnit: node.careUnit, assignee: node.assigneeName ?? "–" })),
    next: q.pageInfo.hasNextPage ? (q.pageInfo.endCursor ?? null) : null,
  }));
}
