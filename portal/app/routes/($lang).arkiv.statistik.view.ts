import { z } from "zod";
import { deliveryLabels, incomingLabels, label } from "~/components/archive-labels";
import type { GatewayResult } from "~/utils/gateway.server";
import { mapSection, readSection, type Section } from "~/utils/section";

const Count = z.object({ channel: z.string(), count: z.number() });
const Stats = z.object({ year: z.number(), cases: z.number(), sentByRegisteredMail: z.number(), sentDigitally: z.number(), refused: z.number(), byIncomingChannel: z.array(Count), byDeliveryChannel: z.array(Count) });

export type Bar = { label: string; count: number; share: string };
export type StatisticsView = { years: number[]; stats: Section<{ year: number; cases: number; mail: number; digital: number; refused: number; incoming: Bar[]; delivery: Bar[] }> };

/** The year asked for, or this year; only four digits pass. */
export function readYear(params: URLSearchParams, thisYear: number): number {
  const raw = params.get("ar") ?? "";
  return /^\d{4}$/.test(raw) ? Number(raw) : thisYear;
}

const share = (count: number, total: number) => (total ? `${Math.round((count / total) * 100)} %` : "0 %");

export function toStatisticsView(result: GatewayResult): StatisticsView {
  const years = readSection(result, "releaseStatisticsYears", z.array(z.number()));
  return {
    years: years.status === "ok" ? years.data : [],
    stats: mapSection(readSection(result, "releaseStatistics", Stats), (s) => {
      const sent = s.byDeliveryChannel.reduce((sum, c) => sum + c.count, 0);
      return {
        year: s.year,
        cases: s.cases,
        mail: s.sentByRegisteredMail,
        digital: s.sentDigitally,
        refused: s.refused,
        incoming: s.byIncomingChannel.map((c) => ({ label: label(incomingLabels, c.channel), count: c.count, share: share(c.count, s.cases) })),
        delivery: s.byDeliveryChannel.map((c) => ({ label: label(deliveryLabels, c.channel), count: c.count, share: share(c.count, sent) })),
      };
    }),
  };
}
