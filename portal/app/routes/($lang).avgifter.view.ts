import { z } from "zod";
import { parsePersonnummer } from "@vardportal/kit/personnummer";
import { formatIsoDate, formatKronor, formatPeriod, formatSek, formatValidity } from "~/utils/format";
import type { GatewayResult } from "~/utils/gateway.server";
import { feeQuoteReasonLabel } from "~/utils/labels";
import { mapSection, readSection, type Section } from "~/utils/section";

/*
 * What the fees page reads from its address and forms, and what it shows from the gateway's answer.
 * The quote form posts (a personnummer must never end up in an address, where access logs and browser
 * history keep it) and the page then shows the quote from an address that holds the date of birth, or
 * "egen" for a logged-in resident's own visit, but never the number.
 */

// ---------------------------------------------------------------------------------------------- input

export type QuoteFormValues = {
  besokstyp: string;
  besoksdatum: string;
  fodelsedatum: string;
  personnummer: string;
  uteblivet: boolean;
  /** A logged-in resident's own visit: their personnummer comes from the session, their account applies. */
  egen: boolean;
};

export type QuoteField = "region" | "besokstyp" | "besoksdatum" | "fodelsedatum" | "personnummer";
export type FieldErrors = Partial<Record<QuoteField, string>> & { form?: string };

/** The API's input fields and the form's, one to one. */
const formFieldOf: Record<string, QuoteField> = {
  region: "region",
  visitKind: "besokstyp",
  visitDate: "besoksdatum",
  birthDate: "fodelsedatum",
  personnummer: "personnummer",
};

export type FeeQuoteInput = {
  region: string;
  visitKind: string;
  visitDate: string;
  birthDate: string | null;
  personnummer: string | null;
  missed: boolean;
};

type Source = { get(name: string): unknown };
const text = (source: Source, name: string, max = 100) => {
  const value = source.get(name);
  return typeof value === "string" ? value.trim().slice(0, max) : "";
};
const flag = (source: Source, name: string) => ["1", "on", "ja"].includes(text(source, name));

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The region and the date the fee table is shown for; a date that is not one is reported and today used. */
export function readTableParams(search: URLSearchParams, defaults: { region: string; today: string }) {
  const region = text(search, "region", 64) || defaults.region;
  const asked = text(search, "datum", 20);
  const valid = asked === "" || isIsoDate(asked);
  return {
    region,
    on: asked && valid ? asked : defaults.today,
    dateValue: asked,
    dateError: valid ? null : "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-02.",
  };
}

/** The quote's values from the form (POST) or the address (GET; an address never carries a personnummer). */
export function readQuoteValues(source: Source, options: { fromAddress: boolean }): QuoteFormValues {
  return {
    besokstyp: text(source, "besokstyp", 40),
    besoksdatum: text(source, "besoksdatum", 20),
    fodelsedatum: text(source, "fodelsedatum", 20),
    personnummer: options.fromAddress ? "" : text(source, "personnummer", 20),
    uteblivet: flag(source, "uteblivet"),
    egen: flag(source, "egen"),
  };
}

export const isQuoteRequested = (search: URLSearchParams) => search.has("besokstyp");

export const emptyQuoteValues = (today: string): QuoteFormValues => ({
  besokstyp: "",
  besoksdatum: today,
  fodelsedatum: "",
  personnummer: "",
  uteblivet: false,
  egen: false,
});

/**
 * The API input for the values. The API checks every field at once (the personnummer with the kit's
 * rules, like the rest), so the form gets all its messages together; the birth date read from a typed
 * personnummer is only for the address that shows an accepted quote.
 */
export function toQuoteInput(
  region: string,
  values: QuoteFormValues,
  ownPersonnummer: string | null,
): { input: FeeQuoteInput; birthDate: string | null; own: boolean } {
  const base = { region, visitKind: values.besokstyp, visitDate: values.besoksdatum, missed: values.uteblivet };
  if (values.egen && ownPersonnummer) {
    return { input: { ...base, birthDate: null, personnummer: ownPersonnummer }, birthDate: null, own: true };
  }
  const birthDate = values.fodelsedatum || null;
  if (!values.personnummer) return { input: { ...base, birthDate, personnummer: null }, birthDate, own: false };
  const parsed = parsePersonnummer(values.personnummer);
  return {
    input: { ...base, birthDate, personnummer: values.personnummer },
    birthDate: parsed.ok ? parsed.personnummer.birthDate : null,
    own: parsed.ok && parsed.personnummer.value === ownPersonnummer,
  };
}

/** Where the answer to a quote is shown: the page's address with the quote, never a personnummer in it. */
export function quoteAddress(region: string, values: QuoteFormValues, who: { birthDate: string | null; own: boolean }): string {
  const params = new URLSearchParams({ region, besokstyp: values.besokstyp, besoksdatum: values.besoksdatum });
  if (who.own) params.set("egen", "1");
  else if (who.birthDate) params.set("fodelsedatum", who.birthDate);
  if (values.uteblivet) params.set("uteblivet", "1");
  return `/avgifter?${params}#din-kostnad-rubrik`;
}

/**
 * The API's refusal of a quote as field messages (in Swedish), or null when the field was not refused.
 * The gateway passes `fieldErrors` on; a refusal without them becomes a message for the whole form.
 */
export function refusedFields(result: GatewayResult, field: string): FieldErrors | null {
  const error = result.errors.find((e) => e.path?.[0] === field && e.extensions?.code === "BAD_USER_INPUT");
  if (!error) return null;
  const parsed = z.record(z.string(), z.array(z.string())).safeParse(error.extensions?.fieldErrors);
  const errors: FieldErrors = {};
  for (const [apiField, messages] of Object.entries(parsed.success ? parsed.data : {})) {
    const formField = formFieldOf[apiField];
    if (formField && messages[0]) errors[formField] = messages[0];
  }
  if (Object.keys(errors).length === 0) errors.form = error.message.split(" / ")[0];
  return errors;
}

// --------------------------------------------------------------------------------------------- output

const LocalizedSv = z.object({ sv: z.string() });
const IsoDate = z.string().regex(ISO_DATE);

const Schedule = z
  .object({
    id: z.string(),
    title: LocalizedSv,
    validFrom: IsoDate,
    validTo: IsoDate.nullish(),
    freeUnderAge: z.number().int().nullish(),
    freeFromAge: z.number().int().nullish(),
    ageExemptionCoversMissedVisits: z.boolean(),
    highCostLimitSek: z.number().int(),
    highCostPeriodMonths: z.number().int(),
    items: z.array(
      z.object({
        visitKind: z.string(),
        label: LocalizedSv,
        amountSek: z.number(),
        countsTowardsHighCost: z.boolean(),
        chargedWhenMissed: z.boolean(),
      }),
    ),
  })
  .nullable();

const Quote = z.object({
  amountSek: z.number(),
  reason: z.string(),
  explanation: LocalizedSv,
  visitDate: IsoDate,
  missed: z.boolean(),
  ageOnVisitDate: z.number().int(),
  standardAmountSek: z.number(),
  highCostAccountApplied: z.boolean(),
  item: z.object({ label: LocalizedSv }),
  schedule: z.object({ validFrom: IsoDate }),
});

export const Account = z
  .object({
    personnummer: z.string(),
    asOf: IsoDate,
    limitSek: z.number().int(),
    periodMonths: z.number().int(),
    currentPeriod: z
      .object({
        startsOn: IsoDate,
        endsOn: IsoDate,
        paidSek: z.number().int(),
        remainingSek: z.number().int(),
        frikort: z.object({ validFrom: IsoDate, validUntil: IsoDate }).nullable(),
        payments: z.array(
          z.object({
            id: z.string(),
            paidOn: IsoDate,
            amountSek: z.number(),
            visitKind: z.string(),
            missed: z.boolean(),
            countsTowardsHighCost: z.boolean(),
            sample: z.boolean(),
          }),
        ),
      })
      .nullable(),
  })
  .nullable();

/** The visit kinds' names, for an account's payments. */
export const FeeLabels = z.object({ items: z.array(z.object({ visitKind: z.string(), label: LocalizedSv })) }).nullable();

export type FeeTableView = {
  title: string;
  validity: string;
  /** Sentences about who pays nothing because of their age. */
  exemptions: string[];
  items: Array<{ key: string; label: string; amount: string; countsTowardsHighCost: boolean }>;
  highCostLimit: string;
  highCostMonths: number;
  /** The missed-visit fee, when the schedule has one. */
  missedVisitFee: string | null;
};

export type QuoteResultView = {
  amount: string;
  free: boolean;
  reason: string | null;
  explanation: string;
  /** The schedule line the amount comes from (for a charged missed visit, the missed-visit line). */
  visit: string;
  missed: boolean;
  visitDate: string;
  scheduleFrom: string;
  age: number;
  /** The line's own amount, shown when the amount to pay differs from it. */
  standardAmount: string | null;
  accountApplied: boolean;
};

export type QuoteView =
  | { status: "none" }
  | { status: "ok"; result: QuoteResultView }
  | { status: "invalid"; errors: FieldErrors }
  | { status: "unavailable" };

export type AccountView = {
  limit: string;
  limitSek: number;
  periodMonths: number;
  /** Null when no period is open today. */
  period: null | {
    dates: string;
    endsOn: string;
    paid: string;
    paidSek: number;
    remaining: string;
    frikortUntil: string | null;
    payments: Array<{ id: string; date: string; what: string; amount: string; counts: boolean; sample: boolean }>;
  };
};

export type FeesPageView = {
  regions: string[];
  region: string;
  on: string;
  dateValue: string;
  dateError: string | null;
  isToday: boolean;
  schedule: Section<FeeTableView | null>;
  quote: QuoteView;
  /** Null when not asked for (nobody with an account of their own is logged in). */
  account: Section<AccountView | null> | null;
};

function exemptionSentences(schedule: NonNullable<z.output<typeof Schedule>>): string[] {
  const sentences: string[] = [];
  if (schedule.freeUnderAge) sentences.push(`Vården är avgiftsfri för barn och unga under ${schedule.freeUnderAge} år.`);
  if (schedule.freeFromAge) sentences.push(`Vården är avgiftsfri för dig som är ${schedule.freeFromAge} år eller äldre.`);
  if (sentences.length && !schedule.ageExemptionCoversMissedVisits) sentences.push("Avgiften för ett uteblivet besök tas ut även då.");
  return sentences;
}

export function toFeeTable(schedule: NonNullable<z.output<typeof Schedule>>): FeeTableView {
  const missed = schedule.items.find((item) => item.visitKind === "MISSED_VISIT");
  return {
    title: schedule.title.sv,
    validity: formatValidity(schedule.validFrom, schedule.validTo ?? null),
    exemptions: exemptionSentences(schedule),
    items: schedule.items.map((item) => ({
      key: item.visitKind,
      label: item.label.sv,
      amount: formatSek(item.amountSek),
      countsTowardsHighCost: item.countsTowardsHighCost && item.amountSek > 0,
    })),
    highCostLimit: formatKronor(schedule.highCostLimitSek),
    highCostMonths: schedule.highCostPeriodMonths,
    missedVisitFee: missed ? formatKronor(missed.amountSek) : null,
  };
}

/** The account as the page shows it; `labels` names visit kinds (from the schedule shown). */
export function toAccountView(account: NonNullable<z.output<typeof Account>>, labels: ReadonlyMap<string, string>): AccountView {
  const period = account.currentPeriod;
  return {
    limit: formatKronor(account.limitSek),
    limitSek: account.limitSek,
    periodMonths: account.periodMonths,
    period: period
      ? {
          dates: formatPeriod(period.startsOn, period.endsOn),
          endsOn: formatIsoDate(period.endsOn),
          paid: formatKronor(period.paidSek),
          paidSek: period.paidSek,
          remaining: formatKronor(period.remainingSek),
          frikortUntil: period.frikort ? formatIsoDate(period.frikort.validUntil) : null,
          payments: period.payments.map((p) => {
            const label = labels.get(p.visitKind) ?? "Besök";
            return {
              id: p.id,
              date: formatIsoDate(p.paidOn),
              what: p.missed ? `Uteblivet besök (${label.toLocaleLowerCase("sv-SE")})` : label,
              amount: formatKronor(p.amountSek),
              counts: p.countsTowardsHighCost,
              sample: p.sample,
            };
          }),
        }
      : null,
  };
}

function toQuoteView(result: GatewayResult, asked: boolean): QuoteView {
  if (!asked) return { status: "none" };
  const refused = refusedFields(result, "feeQuote");
  if (refused) return { status: "invalid", errors: refused };
  const section = readSection(result, "feeQuote", Quote);
  if (section.status === "unavailable") return section;
  const quote = section.data;
  return {
    status: "ok",
    result: {
      amount: formatKronor(quote.amountSek),
      free: quote.amountSek === 0,
      reason: feeQuoteReasonLabel(quote.reason),
      explanation: quote.explanation.sv,
      visit: quote.item.label.sv,
      missed: quote.missed,
      visitDate: formatIsoDate(quote.visitDate),
      scheduleFrom: formatIsoDate(quote.schedule.validFrom),
      age: quote.ageOnVisitDate,
      standardAmount: quote.standardAmountSek !== quote.amountSek && !quote.missed ? formatKronor(quote.standardAmountSek) : null,
      accountApplied: quote.highCostAccountApplied,
    },
  };
}

export type FeesPageContext = {
  region: string;
  on: string;
  dateValue: string;
  dateError: string | null;
  today: string;
  quoteAsked: boolean;
  accountAsked: boolean;
};

/** Turns the gateway's answer into what each part of the fees page shows; a failed part says so. */
export function toFeesPageView(result: GatewayResult, context: FeesPageContext): FeesPageView {
  const regions = readSection(result, "feeScheduleRegions", z.array(z.string()));
  const raw = readSection(result, "schedule", Schedule);
  const labels = new Map(raw.status === "ok" && raw.data ? raw.data.items.map((item) => [item.visitKind, item.label.sv] as const) : []);
  return {
    regions: regions.status === "ok" ? regions.data : [context.region],
    region: context.region,
    on: context.on,
    dateValue: context.dateValue,
    dateError: context.dateError,
    isToday: context.on === context.today,
    schedule: mapSection(raw, (schedule) => (schedule ? toFeeTable(schedule) : null)),
    quote: toQuoteView(result, context.quoteAsked),
    account: context.accountAsked ? mapSection(readSection(result, "myHighCostAccount", Account), (account) => (account ? toAccountView(account, labels) : null)) : null,
  };
}
