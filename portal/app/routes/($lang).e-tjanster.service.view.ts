import { z } from "zod";
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
    }
    summary {
      sv
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
        }
      }
    }
  }
`;

const Text = z.object({ sv: z.string() });

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
  href: string;
  name: string;
  summary: string;
  channelLabel: string | null;
  provider: string | null;
  cost: string | null;
  verdict: Verdict;
  verdictText: string;
  /** Every reason, those that stop the visitor first. */
  reasons: { code: string; outcome: "MET" | "NOT_MET" | "UNKNOWN"; text: string }[];
  staffedHours: string[] | null;
  staffing: { staffedNow: boolean; text: string } | null;
};

const WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"] as const;
const clock = (hhmm: string) => hhmm.replace(":", ".");
const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase("sv-SE") + text.slice(1);

/** Weekly spans in words, days with the same hours run together: "Måndag–fredag 08.00–18.00". */
export function describeStaffedHours(spans: readonly { weekday: number; opens: string; closes: string }[]): string[] {
  const byDay = new Map<number, string>();
  for (const span of [...spans].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens))) {
    const text = `${clock(span.opens)}–${clock(span.closes)}`;
    byDay.set(span.weekday, byDay.has(span.weekday) ? `${byDay.get(span.weekday)} och ${text}` : text);
  }
  const lines: string[] = [];
  let run: { from: number; to: number; hours: string } | null = null;
  const flush = () => {
    if (!run) return;
    const days = run.from === run.to ? WEEKDAYS[run.from - 1]! : `${WEEKDAYS[run.from - 1]}–${WEEKDAYS[run.to - 1]}`;
    lines.push(`${capitalise(days)} ${run.hours}`);
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
const swedishDay = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", weekday: "long" });
const swedishDate = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" });

/** "kl. 18.00" today, "på måndag kl. 08.00" another day (Swedish time). */
export function whenInSweden(at: string, now: string): string {
  const [instant, today] = [new Date(at), new Date(now)];
  const time = `kl. ${swedishTime.format(instant).replace(":", ".")}`;
  return swedishDate.format(instant) === swedishDate.format(today) ? time : `på ${swedishDay.format(instant)} ${time}`;
}

function verdictOf(eligibility: EServiceNode["eligibilityFor"]): { verdict: Verdict; text: string } {
  if (eligibility.eligible) return { verdict: "yes", text: "Du kan använda tjänsten" };
  if (eligibility.reasons.some((r) => r.outcome === "NOT_MET")) return { verdict: "no", text: "Tjänsten passar inte dig" };
  return { verdict: "depends", text: "Det beror på: fyll i ålder, kommun och e-legitimation ovan" };
}

const outcomeOrder = { NOT_MET: 0, UNKNOWN: 1, MET: 2 } as const;

export function toEServiceCard(node: EServiceNode, now: string): EServiceCardView {
  const { verdict, text } = verdictOf(node.eligibilityFor);
  const staffing = node.staffing
    ? {
        staffedNow: node.staffing.staffedNow,
        text: node.staffing.staffedNow
          ? `Bemannad nu${node.staffing.changesAt ? `, till ${whenInSweden(node.staffing.changesAt, now)}` : ""}`
          : `Inte bemannad nu${node.staffing.changesAt ? `; personalen svarar igen ${whenInSweden(node.staffing.changesAt, now)}` : ""}`,
      }
    : null;
  return {
    id: node.id,
    slug: node.slug,
    href: `/e-tjanster/${encodeURIComponent(node.slug)}`,
    name: node.name.sv,
    summary: node.summary.sv,
    channelLabel: eServiceChannelLabel(node.channel),
    provider: node.provider ?? null,
    cost: node.cost?.sv ?? null,
    verdict,
    verdictText: text,
    reasons: [...node.eligibilityFor.reasons]
      .sort((a, b) => outcomeOrder[a.outcome] - outcomeOrder[b.outcome])
      .map((r) => ({ code: r.code, outcome: r.outcome, text: r.message.sv })),
    staffedHours: node.staffedHours ? describeStaffedHours(node.staffedHours) : null,
    staffing,
  };
}
