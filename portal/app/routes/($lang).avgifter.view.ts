import { z } from "zod";
import { parsePersonnummer } from "@vardportal/kit/personnummer";
import { tFor } from "~/i18n/instance";
import { defaultLang, intlLocale, type Lang } from "~/i18n/languages";
import { pickText, type PickedText } from "~/i18n/localized";
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
export function readTableParams(search: URLSearchParams, defaults: { region: string; today: string }, lang: Lang = defaultLang) {
  const region = text(search, "region", 64) || defaults.region;
  const asked = text(search, "datum", 20);
  const valid = asked === "" || isIsoDate(asked);
  return {
    region,
    on: asked && valid ? asked : defaults.today,
    dateValue: asked,
    dateError: valid ? null : tFor(lang, "fees")("tableForm.dateError"),
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

const Messages = z.object({ sv: z.string(), en: z.string().nullish() });

/**
 * The API's refusal of a quote as field messages in the page's language, or null when the field was not
 * refused. The gateway passes `fieldErrors` on (in Swedish, every field) and `field` + `messages` (both
 * languages, the first field at fault). In English the first field gets the API's English words and any
 * other field our own message for it; a refusal without field messages becomes a message for the form.
 */
export function refusedFields(result: GatewayResult, field: string, lang: Lang = defaultLang): FieldErrors | null {
  const error = result.errors.find((e) => e.path?.[0] === field && e.extensions?.code === "BAD_USER_INPUT");
  if (!error) return null;
  const parsed = z.record(z.string(), z.array(z.string())).safeParse(error.extensions?.fieldErrors);
  const bilingual = Messages.safeParse(error.extensions?.messages);
  const english = lang === "en" && bilingual.success && bilingual.data.en ? bilingual.data.en : null;
  const firstField = typeof error.extensions?.field === "string" ? formFieldOf[error.extensions.field] : undefined;
  const t = tFor(lang, "fees");
  const errors: FieldErrors = {};
  for (const [apiField, messages] of Object.entries(parsed.success ? parsed.data : {})) {
    const formField = formFieldOf[apiField];
    if (!formField || !messages[0]) continue;
    if (lang === defaultLang) errors[formField] = messages[0];
    else errors[formField] = formField === firstField && english ? english : t(`quote.fieldError.${formField}`);
  }
  if (Object.keys(errors).length === 0) {
    const [sv, en] = error.message.split(" / ");
    errors.form = lang === defaultLang ? sv : (english ?? en ?? t("quote.unavailable"));
  }
  return errors;
}

// --------------------------------------------------------------------------------------------- output

const Localized = z.object({ sv: z.string(), en: z.string().nullish() });
const IsoDate = z.string().regex(ISO_DATE);

const Schedule = z
  .object({
    id: z.string(),
    title: Localized,
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
        label: Localized,
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
  explanation: Localized,
  visitDate: IsoDate,
  missed: z.boolean(),
  ageOnVisitDate: z.number().int(),
  standardAmountSek: z.number(),
  highCostAccountApplied: z.boolean(),
  item: z.object({ label: Localized }),
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
export const FeeLabels = z.object({ items: z.array(z.object({ visitKind: z.string(), label: Localized })) }).nullable();

export type FeeTableView = {
  title: PickedText;
  validity: string;
  /** Sentences about who pays nothing because of their age. */
  exemptions: string[];
  items: Array<{ key: string; label: PickedText; amount: string; countsTowardsHighCost: boolean }>;
  highCostLimit: string;
  highCostMonths: number;
  /** The missed-visit fee, when the schedule has one. */
  missedVisitFee: string | null;
};

export type QuoteResultView = {
  amount: string;
  free: boolean;
  reason: string | null;
  explanation: PickedText;
  /** The schedule line the amount comes from (for a charged missed visit, the missed-visit line). */
  visit: PickedText;
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
    /** `what`: the visit kind's name (the schedule's words, or "Besök"/"Visit" for a kind it does not name); `missed` says it was a missed visit. */
    payments: Array<{ id: string; date: string; what: PickedText; missed: boolean; amount: string; counts: boolean; sample: boolean }>;
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

function exemptionSentences(schedule: NonNullable<z.output<typeof Schedule>>, lang: Lang): string[] {
  const t = tFor(lang, "fees");
  const sentences: string[] = [];
  if (schedule.freeUnderAge) sentences.push(t("exemptions.under", { age: schedule.freeUnderAge }));
  if (schedule.freeFromAge) sentences.push(t("exemptions.from", { age: schedule.freeFromAge }));
  if (sentences.length && !schedule.ageExemptionCoversMissedVisits) sentences.push(t("exemptions.missedStillCharged"));
  return sentences;
}

export function toFeeTable(schedule: NonNullable<z.output<typeof Schedule>>, lang: Lang = defaultLang): FeeTableView {
  const missed = schedule.items.find((item) => item.visitKind === "MISSED_VISIT");
  return {
    title: pickText(schedule.title, lang),
    validity: formatValidity(schedule.validFrom, schedule.validTo ?? null, lang),
    exemptions: exemptionSentences(schedule, lang),
    items: schedule.items.map((item) => ({
      key: item.visitKind,
      label: pickText(item.label, lang),
      amount: formatSek(item.amountSek, lang),
      countsTowardsHighCost: item.countsTowardsHighCost && item.amountSek > 0,
    })),
    highCostLimit: formatKronor(schedule.highCostLimitSek, lang),
    highCostMonths: schedule.highCostPeriodMonths,
    missedVisitFee: missed ? formatKronor(missed.amountSek, lang) : null,
  };
}

/** The visit kinds' names in a schedule, for an account's payments. */
export function visitKindNames(items: ReadonlyArray<{ visitKind: string; label: z.output<typeof Localized> }>, lang: Lang = defaultLang): Map<string, PickedText> {
  return new Map(items.map((item) => [item.visitKind, pickText(item.label, lang)] as const));
}

/** A name that starts a sentence's second half: "Besök på hälsocentral" → "besök på hälsocentral" (Swedish only; English keeps its capitals). */
const lowerFirst = (name: PickedText): PickedText =>
  name.lang === "sv" ? { ...name, text: name.text.charAt(0).toLocaleLowerCase(intlLocale.sv) + name.text.slice(1) } : name;

/** The account as the page shows it; `labels` names visit kinds (from the schedule shown, see `visitKindNames`). */
export function toAccountView(account: NonNullable<z.output<typeof Account>>, labels: ReadonlyMap<string, PickedText>, lang: Lang = defaultLang): AccountView {
  const period = account.currentPeriod;
  return {
    limit: formatKronor(account.limitSek, lang),
    limitSek: account.limitSek,
    periodMonths: account.periodMonths,
    period: period
      ? {
          dates: formatPeriod(period.startsOn, period.endsOn, lang),
          endsOn: formatIsoDate(period.endsOn, lang),
          paid: formatKronor(period.paidSek, lang),
          paidSek: period.paidSek,
          remaining: formatKronor(period.remainingSek, lang),
          frikortUntil: period.frikort ? formatIsoDate(period.frikort.validUntil, lang) : null,
          payments: period.payments.map((p) => {
            const label = labels.get(p.visitKind) ?? { text: tFor(lang, "fees")("account.visit"), lang, fallback: false };
            return {
              id: p.id,
              date: formatIsoDate(p.paidOn, lang),
              what: p.missed ? lowerFirst(label) : label,
              missed: p.missed,
              amount: formatKronor(p.amountSek, lang),
              counts: p.countsTowardsHighCost,
              sample: p.sample,
            };
          }),
        }
      : null,
  };
}

function toQuoteView(result: GatewayResult, asked: boolean, lang: Lang): QuoteView {
  if (!asked) return { status: "none" };
  const refused = refusedFields(result, "feeQuote", lang);
  if (refused) return { status: "invalid", errors: refused };
  const section = readSection(result, "feeQuote", Quote);
  if (section.status === "unavailable") return section;
  const quote = section.data;
  return {
    status: "ok",
    result: {
      amount: formatKronor(quote.amountSek, lang),
      free: quote.amountSek === 0,
      reason: feeQuoteReasonLabel(quote.reason, lang),
      explanation: pickText(quote.explanation, lang),
      visit: pickText(quote.item.label, lang),
      missed: quote.missed,
      visitDate: formatIsoDate(quote.visitDate, lang),
      scheduleFrom: formatIsoDate(quote.schedule.validFrom, lang),
      age: quote.ageOnVisitDate,
      standardAmount: quote.standardAmountSek !== quote.amountSek && !quote.missed ? formatKronor(quote.standardAmountSek, lang) : null,
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
  /** The page's language; Swedish when not given. */
  lang?: Lang;
};

/** Turns the gateway's answer into what each part of the fees page shows; a failed part says so. */
export function toFeesPageView(result: GatewayResult, context: FeesPageContext): FeesPageView {
  const lang = context.lang ?? defaultLang;
  const regions = readSection(result, "feeScheduleRegions", z.array(z.string()));
  const raw = readSection(result, "schedule", Schedule);
  const labels = visitKindNames(raw.status === "ok" && raw.data ? raw.data.items : [], lang);
  return {
    regions: regions.status === "ok" ? regions.data : [context.region],
    region: context.region,
    on: context.on,
    dateValue: context.dateValue,
    dateError: context.dateError,
    isToday: context.on === context.today,
    schedule: mapSection(raw, (schedule) => (schedule ? toFeeTable(schedule, lang) : null)),
    quote: toQuoteView(result, context.quoteAsked, lang),
    account: context.accountAsked
      ? mapSection(readSection(result, "myHighCostAccount", Account), (account) => (account ? toAccountView(account, labels, lang) : null))
      : null,
  };
}
