import { z } from "zod";
import { incomingLabels, label, releaseStatusLabels } from "~/components/archive-labels";
import type { GatewayResult } from "~/utils/gateway.server";
import { mapSection, readSection, type Section } from "~/utils/section";

export const queueStatuses = ["RECEIVED", "RETRIEVING", "ASSESSED", "SENT", "INVOICED", "CLOSED"] as const;
export const queueSorts = { OLDEST_FIRST: "Äldst först", NEWEST_FIRST: "Nyast först", BY_STATUS: "Efter status" } as const;
export const queueAssignees = { ANY: "Alla", ME: "Mina", UNASSIGNED: "Ej tilldelade" } as const;

/** The queue's GET form: unknown values fall back to the defaults, so a hand-edited address still works. */
export function readQueueParams(params: URLSearchParams) {
  const status = params.get("status") ?? "";
  const sort = params.get("sort") ?? "OLDEST_FIRST";
  const assignee = params.get("assignee") ?? "ANY";
  const values = {
    status: (queueStatuses as readonly string[]).includes(status) ? status : "",
    sort: Object.hasOwn(queueSorts, sort) ? sort : "OLDEST_FIRST",
    assignee: Object.hasOwn(queueAssignees, assignee) ? assignee : "ANY",
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

export function toQueueView(result: GatewayResult): QueueView {
  return mapSection(readSection(result, "releaseRequestQueue", Queue), (q) => ({
    totalCount: q.totalCount,
    rows: q.edges.map(({ node }) => ({ id: node.id, referenceNumber: node.referenceNumber, status: label(releaseStatusLabels, node.status), receivedOn: node.receivedOn, channel: label(incomingLabels, node.incomingChannel), careUnit: node.careUnit, assignee: node.assigneeName ?? "–" })),
    next: q.pageInfo.hasNextPage ? (q.pageInfo.endCursor ?? null) : null,
  }));
}
