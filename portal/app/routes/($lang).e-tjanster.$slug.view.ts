import { z } from "zod";
import { renderMarkdown } from "@vardportal/web/markdown";
import type { GatewayResult } from "~/utils/gateway.server";
import { readSection } from "~/utils/section";
import { EServiceNode, toEServiceCard, type EServiceCardView } from "./e-tjanster.service.view";

const Text = z.object({ sv: z.string() });
const Page = EServiceNode.extend({
  description: Text.nullish(),
  eligibility: Text.nullish(),
  availability: Text.nullish(),
  webUrl: z.string().nullish(),
}).nullable();

export type EServicePageView = EServiceCardView & {
  /** Sanitised HTML from renderMarkdown; the only HTML the page inserts. */
  descriptionHtml: string | null;
  whoText: string | null;
  whereText: string | null;
  webUrl: string | null;
};

export type EServicePageOutcome = { status: "ok"; view: EServicePageView } | { status: "not-found" } | { status: "unavailable" };

/** Only links to the web are shown; anything else the API might hold is left out. */
const safeUrl = (url: string | null | undefined) => (url && /^https:\/\//.test(url) ? url : null);

export function toEServicePage(result: GatewayResult, now: string): EServicePageOutcome {
  const section = readSection(result, "eService", Page);
  if (section.status === "unavailable") return { status: "unavailable" };
  const node = section.data;
  if (!node) return { status: "not-found" };
  return {
    status: "ok",
    view: {
      ...toEServiceCard(node, now),
      descriptionHtml: node.description ? renderMarkdown(node.description.sv) : null,
      whoText: node.eligibility?.sv ?? null,
      whereText: node.availability?.sv ?? null,
      webUrl: safeUrl(node.webUrl),
    },
  };
}
