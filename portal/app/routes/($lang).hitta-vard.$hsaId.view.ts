import { z } from "zod";
import type { StaffContactsView } from "~/components/care-unit-contact-routes";
import type { DayRow, ExceptionRow, HoursView } from "~/components/care-unit-hours";
import { tFor } from "~/i18n/instance";
import { defaultLang, type Lang } from "~/i18n/languages";
import { pickOptional, pickText, type PickedText } from "~/i18n/localized";
import { formatSek } from "~/utils/format";
import type { GatewayError, GatewayResult } from "~/utils/gateway.server";
import { careUnitKindLabel, contactRouteKindLabel, eServiceChannelLabel } from "~/utils/labels";
import { describeStatus, foldWeek, formatDateRange, formatDay, formatDayHours, formatSpans } from "~/utils/opening-hours";
import type { Section } from "~/utils/section";

/** Who the page asks for the internal routes: the roles the API gives staff-only fields to. */
export const staffFieldRoles = ["staff", "archivist", "editor", "admin"] as const;

/** Content text: Swedish always, English where an editor wrote it. */
const LocalizedText = z.object({ sv: z.string(), en: z.string().nullish() });
const SpanSchema = z.object({ opens: z.string(), closes: z.string(), closesNextDay: z.boolean().nullish() });
const Day = z.object({ date: z.string(), weekday: z.number().int(), source: z.string(), note: LocalizedText.nullish(), spans: z.array(SpanSchema) });

const Unit = z.object({
  id: z.string(),
  hsaId: z.string(),
  name: z.string(),
  kind: z.string(),
  region: z.string(),
  municipality: z.string().nullish(),
  address: z.string().nullish(),
  phone: z.string().nullish(),
  webUrl: z.string().nullish(),
  description: LocalizedText,
  coordinates: z.object({ lat: z.number(), lon: z.number() }).nullish(),
  closedOnPublicHolidays: z.boolean(),
  openingStatus: z.object({
    at: z.string(),
    open: z.boolean(),
    closesAt: z.string().nullish(),
    opensNext: z.string().nullish(),
    hoursKnown: z.boolean(),
    today: Day,
  }),
  openingDays: z.array(Day),
  regularHours: z.array(z.object({ weekday: z.number().int(), spans: z.array(SpanSchema) })),
  upcomingExceptions: z.array(
    z.object({
      fromDate: z.string(),
      toDate: z.string(),
      reason: z.string(),
      label: LocalizedText,
      closed: z.boolean(),
      spans: z.array(SpanSchema.extend({ weekday: z.number().int().nullish() })),
    }),
  ),
  /** The lines that apply at this kind of unit (the fees subgraph decides); null only beside an error. */
  fees: z.array(z.object({ visitKind: z.string(), label: LocalizedText, amountSek: z.number() })).nullish(),
  /** What the unit offers (the e-services subgraph); null only beside an error. */
  eServices: z.array(z.object({ slug: z.string(), name: LocalizedText, summary: LocalizedText, channel: z.string() })).nullish(),
  internalPhone: z.string().nullish(),
  contactRoutes: z.array(z.object({ kind: z.string(), label: LocalizedText, value: z.string(), hours: LocalizedText.nullish() })).nullish(),
});

export type FeeRow = { key: string; label: PickedText; amount: string };

export type CareUnitPageView = {
  unit: {
    hsaId: string;
    name: string;
    kindLabel: string;
    municipality: string | null;
    region: string;
    /** Content: in the page's language where written, else the Swedish, marked. */
    description: PickedText;
    address: string | null;
    phone: { text: string; href: string } | null;
    webUrl: string | null;
    /** Links to openstreetmap.org; nothing is fetched from it. */
    map: { mapHref: string; directionsHref: string } | null;
  };
  hours: HoursView;
  /** null data: no fee schedule applies in the unit's region. */
  fees: Section<FeeRow[] | null>;
  eServices: Section<UnitEServiceRow[]>;
  /** null: the viewer is not staff, and the page does not show the part at all. */
  staff: Section<StaffContactsView> | null;
};

export type UnitEServiceRow = { slug: string; href: string; name: PickedText; summary: PickedText; channelLabel: string | null };

export type CareUnitPageOutcome =
  | { status: "ok"; view: CareUnitPageView }
  | { status: "not-found" }
  | { status: "bad-hsa-id"; message: string }
  | { status: "unavailable" };

const phoneLink = (phone: string) => ({ text: phone, href: `tel:${phone.replace(/[^\d+]/g, "")}` });

/** A full number gets a tel: link and an address a mailto: link; an internal extension ("8570") and a fax get none. */
function routeHref(kind: string, value: string): string | null {
  if (/^[^\s@]+@[^\s@]+$/.test(value)) return `mailto:${value}`;
  if (kind !== "FAX" && /^\+?[\d\s-]+$/.test(value) && value.replace(/\D/g, "").length >= 7) return phoneLink(value).href;
  return null;
}

function exceptionHours(e: z.output<typeof Unit>["upcomingExceptions"][number], lang: Lang): string {
  const t = tFor(lang, "careUnits");
  if (e.closed) return t("time.exceptionClosed");
  const everyDay = e.spans.filter((s) => s.weekday === null || s.weekday === undefined);
  if (everyDay.length === e.spans.length) return t("time.exceptionOpen", { hours: formatSpans(everyDay, lang) });
  const week = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, spans: e.spans.filter((s) => s.weekday === weekday) }));
  return `${foldWeek(week, lang)
    .map((line) => `${line.days} ${line.closed ? t("time.closedInList") : line.hours}`)
    .join(", ")}.`;
}

/** Errors on this field of the unit, or a whole-subgraph failure (no path) beside a null. */
function failed(errors: readonly GatewayError[], field: string, value: unknown): boolean {
  return errors.some((e) => (e.path?.[0] === "careUnitByHsaId" && e.path[1] === field) || (value == null && !e.path?.length));
}

function toHours(unit: z.output<typeof Unit>, lang: Lang): HoursView {
  const t = tFor(lang, "careUnits");
  const status = unit.openingStatus;
  const today = status.today;
  return {
    known: status.hoursKnown,
    status: describeStatus(status, status.at, lang),
    today: { label: formatDay(today.date, { weekday: true }, lang), hours: formatDayHours(today.spans, lang), note: pickOptional(today.note, lang) },
    week: unit.openingDays.map(
      (day): DayRow => ({
        date: day.date,
        label: formatDay(day.date, { weekday: true }, lang),
        hours: formatDayHours(day.spans, lang),
        note: pickOptional(day.note, lang),
        isToday: day.date === today.date,
      }),
    ),
    regular: foldWeek(unit.regularHours, lang),
    exceptions: unit.upcomingExceptions.map(
      (e, i): ExceptionRow => ({
        key: `${e.fromDate}-${e.toDate}-${i}`,
        when: formatDateRange(e.fromDate, e.toDate, lang),
        label: pickText(e.label, lang),
        hours: exceptionHours(e, lang),
      }),
    ),
    holidays: unit.closedOnPublicHolidays ? t("time.holidaysClosed") : t("time.holidaysOpen"),
  };
}

/**
 * What the unit page shows, or why it cannot: an HSA-id no unit has (404), text that is not an
 * HSA-id (400, with the API's message), or no answer at all (503). The fees and the staff part are
 * sections of their own: when their subgraph fails, the rest of the page still shows.
 */
export function toCareUnitPage(result: GatewayResult, options: { staff: boolean; lang?: Lang }): CareUnitPageOutcome {
  const lang = options.lang ?? defaultLang;
  // The only input refused on the lookup itself is the HSA-id (the gateway may leave out which field).
  const refusal = result.errors.find(
    (e) =>
      e.path?.length === 1 &&
      e.path[0] === "careUnitByHsaId" &&
      e.extensions?.code === "BAD_USER_INPUT" &&
      (e.extensions.field === undefined || e.extensions.field === "hsaId"),
  );
  if (refusal) return { status: "bad-hsa-id", message: refusal.message };
  if (result.data === null || !("careUnitByHsaId" in result.data)) return { status: "unavailable" };
  const raw = result.data.careUnitByHsaId;
  if (raw === null) {
    // A null with an error on the unit itself is a failure, not an answer.
    return result.errors.some((e) => !e.path?.length || (e.path[0] === "careUnitByHsaId" && e.path.length === 1)) ? { status: "unavailable" } : { status: "not-found" };
  }
  const parsed = Unit.safeParse(raw);
  if (!parsed.success) return { status: "unavailable" };
  const unit = parsed.data;
  const fees: Section<FeeRow[] | null> = failed(result.errors, "fees", unit.fees)
    ? { status: "unavailable" }
    : {
        status: "ok",
        data: unit.fees ? unit.fees.map((item) => ({ key: item.visitKind, label: pickText(item.label, lang), amount: formatSek(item.amountSek, lang) })) : null,
      };
  const eServices: Section<UnitEServiceRow[]> =
    failed(result.errors, "eServices", unit.eServices) || unit.eServices == null
      ? { status: "unavailable" }
      : {
          status: "ok",
          data: unit.eServices.map((s) => ({
            slug: s.slug,
            href: `/e-tjanster/${encodeURIComponent(s.slug)}`,
            name: pickText(s.name, lang),
            summary: pickText(s.summary, lang),
            channelLabel: eServiceChannelLabel(s.channel, lang),
          })),
        };
  const staff: Section<StaffContactsView> | null = !options.staff
    ? null
    : failed(result.errors, "contactRoutes", unit.contactRoutes) || unit.contactRoutes == null
      ? { status: "unavailable" }
      : {
          status: "ok",
          data: {
            internalPhone: unit.internalPhone ? phoneLink(unit.internalPhone) : null,
            routes: unit.contactRoutes.map((route, i) => ({
              key: `${i}`,
              kind: contactRouteKindLabel(route.kind, lang),
              label: pickText(route.label, lang),
              value: route.value,
              href: routeHref(route.kind, route.value),
              hours: pickOptional(route.hours, lang),
            })),
          },
        };
  const position = unit.coordinates;
  return {
    status: "ok",
    view: {
      unit: {
        hsaId: unit.hsaId,
        name: unit.name,
        kindLabel: careUnitKindLabel(unit.kind, lang),
        municipality: unit.municipality ?? null,
        region: unit.region,
        description: pickText(unit.description, lang),
        address: unit.address ?? null,
        phone: unit.phone ? phoneLink(unit.phone) : null,
        webUrl: unit.webUrl && /^https?:\/\//.test(unit.webUrl) ? unit.webUrl : null,
        map: position
          ? {
              mapHref: `https://www.openstreetmap.org/?mlat=${position.lat}&mlon=${position.lon}#map=16/${position.lat}/${position.lon}`,
              directionsHref: `https://www.openstreetmap.org/directions?to=${position.lat}%2C${position.lon}`,
            }
          : null,
      },
      hours: toHours(unit, lang),
      fees,
      eServices,
      staff,
    },
  };
}
