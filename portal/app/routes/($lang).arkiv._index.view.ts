import { z } from "zod";
import type { Fact } from "~/components/archive-labels";
import { tFor } from "~/i18n/instance";
import { intlLocale, type Lang } from "~/i18n/languages";
import { pickOptional, pickText, type PickedText } from "~/i18n/localized";
import type { GatewayResult } from "~/utils/gateway.server";
import { mapSection, readSection, type Section } from "~/utils/section";

const Text = z.object({ sv: z.string(), en: z.string().nullish() });
const Holding = z.object({
  id: z.string(),
  slug: z.string(),
  title: Text,
  description: Text,
  kind: z.string(),
  held: z.boolean(),
  whereToAsk: Text.nullish(),
  periodFrom: z.number().nullish(),
  periodTo: z.number().nullish(),
  extentMeters: z.number().nullish(),
  creator: z.string().nullish(),
  whereKept: z.string().nullish(),
  accessConditions: Text.nullish(),
  audience: z.string(),
});
const Holdings = z.object({ edges: z.array(z.object({ node: Holding })) });

export type HoldingView = {
  id: string;
  title: PickedText;
  description: PickedText;
  facts: Fact[];
  whereToAsk: PickedText | null;
  internal: boolean;
};

export type HoldingsView = { holdings: Section<{ held: HoldingView[]; notHeld: HoldingView[] }> };

function period(from: number | null | undefined, to: number | null | undefined, lang: Lang): string | null {
  const t = tFor(lang, "archive");
  if (from && to) return t("holdings.periodBetween", { from, to });
  if (from) return t("holdings.periodFrom", { from });
  if (to) return t("holdings.periodTo", { to });
  return null;
}

/** The holdings in the page's language: titles and texts in English where written, else Swedish marked as a fallback. */
export function toHoldingsView(result: GatewayResult, lang: Lang = "sv"): HoldingsView {
  const t = tFor(lang, "archive");
  return {
    holdings: mapSection(readSection(result, "archiveHoldings", Holdings), (page) => {
      const items = page.edges.map(({ node }): HoldingView & { held: boolean } => {
        const access = pickOptional(node.accessConditions, lang);
        const when = period(node.periodFrom, node.periodTo, lang);
        const facts: (Fact | null)[] = [
          node.creator ? { term: t("holdings.facts.creator"), value: node.creator, sv: true } : null,
          when ? { term: t("holdings.facts.period"), value: when } : null,
          node.extentMeters ? { term: t("holdings.facts.extent"), value: t("holdings.extent", { meters: node.extentMeters.toLocaleString(intlLocale[lang]) }) } : null,
          node.whereKept ? { term: t("holdings.facts.whereKept"), value: node.whereKept, sv: true } : null,
          access?.text ? { term: t("holdings.facts.accessConditions"), value: access.text, content: true, ...(access.fallback ? { fallback: true } : {}) } : null,
        ];
        return {
          id: node.id,
          title: pickText(node.title, lang),
          description: pickText(node.description, lang),
          facts: facts.filter((f): f is Fact => f !== null),
          whereToAsk: pickOptional(node.whereToAsk, lang),
          internal: node.audience === "ARCHIVE",
          held: node.held,
        };
      });
      const strip = ({ held: _held, ...rest }: HoldingView & { held: boolean }) => rest;
      return { held: items.filter((h) => h.held).map(strip), notHeld: items.filter((h) => !h.held).map(strip) };
    }),
  };
}
