import { z } from "zod";
import { tFor } from "~/i18n/instance";
import { defaultLang, intlLocale, type Lang } from "~/i18n/languages";
import { pickOptional, pickText, type PickedText } from "~/i18n/localized";
import { eServiceChannelLabel } from "~/utils/labels";

/**
 * What the catalogue and a service's page share: the service's fields as the gateway sends them,
 * and how they read on the page (staffed hours in words, "bemannad nu", can the visitor use it).
 */
export const EServiceFields = /* GraphQL */ `
  fragment EServiceFields on EService {
    id
    slug
    name {
      sv
      en
    }
    summary {
      sv
      en
    }
    channel
    provider
    minAge
    maxAge
    requiresEid
    eidMethods
    offeredOnlyIn
    notOfferedIn
    cost {
      sv
      en
    }
    staffedHours {
      weekday
      opens
      closes
    }
    staffing {
      staffedNow
      changesAt
    }
    eligibilityFor(visitor: $visitor) {
      eligible
      decided
      reasons {
        criterion
        outcome
        code
        message {
          sv
          en
        }
      }
    }
  }
`;

const Text = z.object({ sv: z.string(), en: z.string().nullish() });

export const EServiceNode = z.object({
  id: z.string(),
  slug: z.string(),
  name: Text,
  summary: Text,
  channel: z.string(),
  provider: z.string().nullish(),
  minAge: z.number().int().nullish(),
  maxAge: z.number().int().nullish(),
  requiresEid: z.boolean(),
  eidMethods: z.array(z.string()),
  offeredOnlyIn: z.array(z.string()),
  notOfferedIn: z.array(z.string()),
  cost: Text.nullish(),
  staffedHours: z.array(z.object({ weekday: z.number().int().min(1).max(7), opens: z.string(), closes: z.string() })).nullish(),
  staffing: z.object({ staffedNow: z.boolean(), changesAt: z.string().nullish() }).nullish(),
  eligibilityFor: z.object({
    eligible: z.boolean(),
    decided: z.boolean(),
    reasons: z.array(z.object({ criterion: z.string(), outcome: z.enum(["MET", "NOT_MET", "UNKNOWN"]), code: z.string(), message: Text })),
  }),
});
export type EServiceNode = z.output<typeof EServiceNode>;

export type Verdict = "yes" | "no" | "depends";

export type EServiceCardView = {
  id: string;
  slug: string;
  /** The service's page, without a language prefix (links add it). */
  href: string;
  name: PickedText;
  summary: PickedText;
  channelLabel: string | null;
  provider: string | null;
  cost: PickedText | null;
  verdict: Verdict;
  verdictText: string;
  /** Every reason, those that stop the visitor first. */
  reasons: { code: string; outcome: "MET" | "NOT_MET" | "UNKNOWN"; text: PickedText }[];
  staffedHours: string[] | null;
  staffing: { staffedNow: boolean; text: string } | null;
};

/** Clock times are Swedish time in both languages; Swedish writes them "08.00", English "08:00". */
const clock = (hhmm: string, lang: Lang) => (lang === "sv" ? hhmm.replace(":", ".") : hhmm);

const weekdayFormats = new Map<Lang, Intl.DateTimeFormat>();
/** ISO weekday (1 = Monday) named in the language: "måndag", "Monday". */
function weekdayName(weekday: number, lang: Lang): string {
  const format =
    weekdayFormats.get(lang) ?? weekdayFormats.set(lang, new Intl.DateTimeFormat(intlLocale[lang], { weekday: "long", timeZone: "UTC" })).get(lang)!;
  return format.format(new Date(Date.UTC(2024, 0, weekday))); // 1 January 2024 was a Monday
}
const capitalise = (text: string, lang: Lang) => text.charAt(0).toLocaleUpperCase(intlLocale[lang]) + text.slice(1);

/** Weekly spans in words, days with the same hours run together: "Måndag–fredag 08.00–18.00", "Monday–Friday 08:00–18:00". */
export function describeStaffedHours(spans: readonly { weekday: number; opens: string; closes: string }[], lang: Lang = defaultLang): string[] {
  const t = tFor(lang, "eServices");
  const byDay = new Map<number, string>();
  for (const span of [...spans].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens))) {
    const text = `${clock(span.opens, lang)}–${clock(span.closes, lang)}`;
    const before = byDay.get(span.weekday);
    byDay.set(span.weekday, before ? t("hours.and", { first: before, second: text }) : text);
  }
  const lines: string[] = [];
  let run: { from: number; to: number; hours: string } | null = null;
  const flush = () => {
    if (!run) return;
    const days = run.from === run.to ? weekdayName(run.from, lang) : `${weekdayName(run.from, lang)}–${weekdayName(run.to, lang)}`;
    lines.push(`${capitalise(days, lang)} ${run.hours}`);
  };
  for (let day = 1; day <= 7; day++) {
    const hours = byDay.get(day);
    if (hours && run && run.hours === hours && run.to === day - 1) run.to = day;
    else {
      flush();
      run = hours ? { from: day, to: day, hours } : null;
    }
  }
  flush();
  return lines;
}

const swedishTime = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", hour: "2-digit", minute: "2-digit" });
const swedishDate = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" });
const dayFormats = new Map<Lang, Intl.DateTimeFormat>();
const dayInSweden = (lang: Lang) =>
  dayFormats.get(lang) ?? dayFormats.set(lang, new Intl.DateTimeFormat(intlLocale[lang], { timeZone: "Europe/Stockholm", weekday: "long" })).get(lang)!;

/** "kl. 18.00" today, "på måndag kl. 08.00" another day; "at 18:00", "on Monday at 08:00" in English (Swedish time both). */
export function whenInSweden(at: string, now: string, lang: Lang = defaultLang): string {
  const t = tFor(lang, "eServices");
  const [instant, today] = [new Date(at), new Date(now)];
  const time = clock(swedishTime.format(instant).replace(".", ":"), lang);
  return swedishDate.format(instant) === swedishDate.format(today) ? t("when.today", { time }) : t("when.otherDay", { day: dayInSweden(lang).format(instant), time });
}

function verdictOf(eligibility: EServiceNode["eligibilityFor"], lang: Lang): { verdict: Verdict; text: string } {
  const t = tFor(lang, "eServices");
  if (eligibility.eligible) return { verdict: "yes", text: t("verdict.yes") };
  if (eligibility.reasons.some((r) => r.outcome === "NOT_MET")) return { verdict: "no", text: t("verdict.no") };
  return { verdict: "depends", text: t("verdict.depends") };
}

const outcomeOrder = { NOT_MET: 0, UNKNOWN: 1, MET: 2 } as const;

function staffingText(staffing: NonNullable<EServiceNode["staffing"]>, now: string, lang: Lang): string {
  const t = tFor(lang, "eServices");
  const when = staffing.changesAt ? whenInSweden(staffing.changesAt, now, lang) : null;
  if (staffing.staffedNow) return when ? t("staffing.staffedUntil", { when }) : t("staffing.staffed");
  return when ? t("staffing.notStaffedUntil", { when }) : t("staffing.notStaffed");
}

/** A service as the catalogue and its page show it, in the page's language (content falls back to Swedish, marked). */
export function toEServiceCard(node: EServiceNode, now: string, lang: Lang = defaultLang): EServiceCardView {
  const { verdict, text } = verdictOf(node.eligibilityFor, lang);
  return {
    id: node.id,
    slug: node.slug,
    href: `/e-tjanster/${encodeURIComponent(node.slug)}`,
    name: pickText(node.name, lang),
    summary: pickText(node.summary, lang),
    channelLabel: eServiceChannelLabel(node.channel, lang),
    provider: node.provider ?? null,
    cost: pickOptional(node.cost, lang),
    verdict,
    verdictText: text,
    reasons: [...node.eligibilityFor.reasons]
      .sort((a, b) => outcomeOrder[a.outcome] - outcomeOrder[b.outcome])
      .map((r) => ({ code: r.code, outcome: r.outcome, text: pickText(r.message, lang) })),
    staffedHours: node.staffedHours ? describeStaffedHours(node.staffedHours, lang) : null,
    staffing: node.staffing ? { staffedNow: node.staffing.staffedNow, text: staffingText(node.staffing, now, lang) } : null,
  };
}
