import { z } from "zod";
import type { GatewayResult } from "~/utils/gateway.server";
import { mapSection, readSection, type Section } from "~/utils/section";

const Holding = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.object({ sv: z.string() }),
  description: z.object({ sv: z.string() }),
  kind: z.string(),
  held: z.boolean(),
  whereToAsk: z.object({ sv: z.string() }).nullish(),
  periodFrom: z.number().nullish(),
  periodTo: z.number().nullish(),
  extentMeters: z.number().nullish(),
  creator: z.string().nullish(),
  whereKept: z.string().nullish(),
  accessConditions: z.object({ sv: z.string() }).nullish(),
  audience: z.string(),
});
const Holdings = z.object({ edges: z.array(z.object({ node: Holding })) });

export type HoldingView = {
  id: string;
  title: string;
  description: string;
  facts: { term: string; value: string }[];
  whereToAsk: string | null;
  internal: boolean;
};

export type HoldingsView = { holdings: Section<{ held: HoldingView[]; notHeld: HoldingView[] }> };

function period(from: number | null | undefined, to: number | null | undefined): string | null {
  if (from && to) return `${from}–${to}`;
  if (from) return `från ${from}`;
  if (to) return `till ${to}`;
  return null;
}

export function toHoldingsView(result: GatewayResult): HoldingsView {
  return {
    holdings: mapSection(readSection(result, "archiveHoldings", Holdings), (page) => {
      const items = page.edges.map(({ node }): HoldingView & { held: boolean } => {
        const facts = [
          ["Arkivbildare", node.creator],
          ["Period", period(node.periodFrom, node.periodTo)],
          ["Omfång", node.extentMeters ? `${node.extentMeters.toLocaleString("sv-SE")} hyllmeter` : null],
          ["Förvaras", node.whereKept],
          ["Villkor för åtkomst", node.accessConditions?.sv],
        ].flatMap(([term, value]) => (value ? [{ term: term!, value }] : []));
        return { id: node.id, title: node.title.sv, description: node.description.sv, facts, whereToAsk: node.whereToAsk?.sv ?? null, internal: node.audience === "ARCHIVE", held: node.held };
      });
      const strip = ({ held: _held, ...rest }: HoldingView & { held: boolean }) => rest;
      return { held: items.filter((h) => h.held).map(strip), notHeld: items.filter((h) => !h.held).map(strip) };
    }),
  };
}
