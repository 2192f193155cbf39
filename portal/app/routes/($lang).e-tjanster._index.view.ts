import { z } from "zod";
import { defaultLang, type Lang } from "~/i18n/languages";
import type { GatewayResult } from "~/utils/gateway.server";
import { edgeNodes, mapSection, readSection, type Section } from "~/utils/section";
import { EServiceNode, toEServiceCard, type EServiceCardView } from "./($lang).e-tjanster.service.view";
import { visitorQuery, type VisitorForm } from "./($lang).e-tjanster.visitor.view";

export const PAGE_SIZE = 20;

const Catalogue = z.object({
  totalCount: z.number().int(),
  edges: edgeNodes(EServiceNode),
  pageInfo: z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullish() }),
});

export type CatalogueView = {
  form: Pick<VisitorForm, "values" | "errors" | "ageFromPersonnummer">;
  /** `invalid`: the form has errors and nothing was asked; `stale`: the page link's cursor no longer works. */
  results: Section<{ totalCount: number; services: EServiceCardView[]; nextPageHref: string | null }> | { status: "invalid" } | { status: "stale"; firstPageHref: string };
  /** Appended to each service's link so its page answers for the same visitor. */
  serviceQuery: string;
};

const isBadCursor = (result: GatewayResult) => result.errors.some((e) => e.path?.[0] === "eServices" && e.extensions?.code === "BAD_USER_INPUT" && e.extensions.field === "after");

/** Links in the view are bare paths (`/e-tjanster?…`); the page puts them in its language. */
export function toCatalogueView(result: GatewayResult | null, form: VisitorForm, now: string, lang: Lang = defaultLang): CatalogueView {
  const base = { form: { values: form.values, errors: form.errors, ageFromPersonnummer: form.ageFromPersonnummer }, serviceQuery: visitorQuery({ ...form.values, kanal: "", passar: false }) };
  if (result === null) return { ...base, results: { status: "invalid" } };
  if (isBadCursor(result)) return { ...base, results: { status: "stale", firstPageHref: `/e-tjanster${visitorQuery(form.values)}` } };
  return {
    ...base,
    results: mapSection(readSection(result, "eServices", Catalogue), (page) => ({
      totalCount: page.totalCount,
      services: page.edges.map((node) => toEServiceCard(node, now, lang)),
      nextPageHref: page.pageInfo.hasNextPage && page.pageInfo.endCursor ? `/e-tjanster${visitorQuery(form.values, { efter: page.pageInfo.endCursor })}` : null,
    })),
  };
}
