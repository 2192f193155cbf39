import { z } from "zod";
import type { CareUnitCard, CareUnitsView } from "~/components/care-units-section";
import type { EServiceCard } from "~/components/e-services-section";
import type { FeeScheduleView } from "~/components/fee-schedule-section";
import { defaultLang, type Lang } from "~/i18n/languages";
import { pickOptional, pickText, type PickedText } from "~/i18n/localized";
import { formatSek, formatValidity } from "~/utils/format";
import type { GatewayResult } from "~/utils/gateway.server";
import { careUnitKindLabel, eServiceChannelLabel } from "~/utils/labels";
import { edgeNodes, mapSection, readSection, type Section } from "~/utils/section";

const LocalizedText = z.object({ sv: z.string(), en: z.string().nullish() });
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);


const CareUnits = z.object({
  totalCount: z.number().int(),
  edges: edgeNodes(
    z.object({
      id: z.string(),
      hsaId: z.string(),
      name: z.string(),
      kind: z.string(),
      municipality: z.string().nullish(),
      address: z.string().nullish(),
      phone: z.string().nullish(),
    }),
  ),
});

const FeeSchedule = z
  .object({
    id: z.string(),
    title: LocalizedText,
    validFrom: IsoDate,
    validTo: IsoDate.nullish(),
    freeUnderAge: z.number().int().nullish(),
    highCostLimitSek: z.number().nullish(),
    items: z.array(z.object({ visitKind: z.string(), label: LocalizedText, amountSek: z.number() })),
  })
  .nullable();

const EServices = z.object({
  edges: edgeNodes(
    z.object({
      id: z.string(),
      slug: z.string(),
      name: LocalizedText,
      summary: LocalizedText.nullish(),
      channel: z.string(),
    }),
  ),
});

const StaffGuidelines = z.object({ totalCount: z.number().int(), edges: edgeNodes(z.object({ id: z.string(), title: LocalizedText })) });

/** A guideline's title is content: in the page's language where written, else the Swedish, marked. */
export type StaffGuidelinesView = { totalCount: number; titles: { id: string; title: PickedText }[] };

export type PortalHomeView = {
  /** Only for care staff; null when the viewer is not staff (the field was not asked for). */
  staffGuidelines: Section<StaffGuidelinesView> | null;
  careUnits: Section<CareUnitsView>;
  feeSchedule: Section<FeeScheduleView | null>;
  eServices: Section<EServiceCard[]>;
};

/**
 * Turns the gateway's answer into what each section of the home page shows, in the page's language; a failed
 * section says so. Care units' names and addresses are Swedish in both languages (they have no translation).
 */
export function toPortalHomeView(result: GatewayResult, options: { staff?: boolean; lang?: Lang } = {}): PortalHomeView {
  const lang = options.lang ?? defaultLang;
  return {
    staffGuidelines: options.staff
      ? mapSection(readSection(result, "staffGuidelines", StaffGuidelines), (data) => ({
          totalCount: data.totalCount,
          titles: data.edges.map((g) => ({ id: g.id, title: pickText(g.title, lang) })),
        }))
      : null,
    careUnits: mapSection(readSection(result, "careUnits", CareUnits), ({ totalCount, edges: units }) => ({
      totalCount,
      units: units.map(
        (unit): CareUnitCard => ({
          id: unit.id,
          hsaId: unit.hsaId,
          name: unit.name,
          kindLabel: careUnitKindLabel(unit.kind, lang),
          municipality: unit.municipality ?? null,
          address: unit.address ?? null,
          phone: unit.phone ? { text: unit.phone, href: `tel:${unit.phone.replace(/[^\d+]/g, "")}` } : null,
        }),
      ),
    })),
    feeSchedule: mapSection(readSection(result, "currentFeeSchedule", FeeSchedule), (schedule) =>
      schedule
        ? {
            title: pickText(schedule.title, lang),
            validity: formatValidity(schedule.validFrom, schedule.validTo ?? null, lang),
            freeUnderAge: schedule.freeUnderAge ?? null,
            highCostLimit: schedule.highCostLimitSek ? formatSek(schedule.highCostLimitSek, lang) : null,
            items: schedule.items.map((item) => ({
              key: item.visitKind,
              label: pickText(item.label, lang),
              amount: formatSek(item.amountSek, lang),
            })),
          }
        : null,
    ),
    eServices: mapSection(readSection(result, "eServices", EServices), ({ edges: services }) =>
      services.map(
        (service): EServiceCard => ({
          id: service.id,
          name: pickText(service.name, lang),
          summary: pickOptional(service.summary, lang),
          channelLabel: eServiceChannelLabel(service.channel, lang),
        }),
      ),
    ),
  };
}
