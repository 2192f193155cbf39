import { z } from "zod";
import { archiveLabel } from "~/components/archive-labels";
import { tFor } from "~/i18n/instance";
import type { Lang } from "~/i18n/languages";
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

/** Channel names in the page's language; each share as "38 %" / "38%". */
export function toStatisticsView(result: GatewayResult, lang: Lang = "sv"): StatisticsView {
  const t = tFor(lang, "archive");
  const share = (count: number, total: number) => t("statistics.share", { percent: total ? Math.round((count / total) * 100) : 0 });
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
        incoming: s.byIncomingChannel.map((c) => ({ label: archiveLabel("incoming", c.channel, lang), count: c.count, share: share(c.count, s.cases) })),
        delivery: s.byDeliveryChannel.map((c) => ({ label: archiveLabel("delivery", c.channel, lang), count: c.count, share: share(c.count, sent) })),
      };
    }),
  };
}
