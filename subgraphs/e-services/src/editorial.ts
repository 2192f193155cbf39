import { z } from "zod";
import {
  Audience,
  booleanValue,
  ContentStatus,
  createEditorialRegistry,
  enumValue,
  listValue,
  localized,
  localizedValue,
  multiEnumValue,
  optionalInteger,
  optionalValue,
  optionalLocalizedValue,
  optionalText,
  optionalUrl,
  slugValue,
  validationFailed,
  type EditorialTypeRegistration,
} from "@vardportal/kit";
import type { EntityManager } from "typeorm";
import { EServiceChannel } from "./entities/e-service-channel.js";
import { EService } from "./entities/e-service.entity.js";
import { MUNICIPALITIES_BY_REGION } from "./rules/municipalities.js";
import { checkStaffedHours, formatClock, parseClock, type StaffedSpan, type Weekday } from "./rules/staffed-hours.js";

const channelLabels: Record<EServiceChannel, { sv: string; en: string }> = {
  WEB: { sv: "Webb", en: "Web" },
  APP: { sv: "App", en: "App" },
  CHAT: { sv: "Chatt", en: "Chat" },
  VIDEO: { sv: "Video", en: "Video" },
  SMS: { sv: "Sms", en: "Text message" },
};

/** The e-ID methods services name (the seed's, in the region's words). */
export const EID_METHODS = ["BankID", "Mobilt BankID", "BankID på fil", "Freja eID", "Freja eID Plus", "Telia e-legitimation", "Foreign eID"] as const;

const WEEKDAY_LABELS: [string, string, string][] = [
  ["1", "måndag", "Monday"],
  ["2", "tisdag", "Tuesday"],
  ["3", "onsdag", "Wednesday"],
  ["4", "torsdag", "Thursday"],
  ["5", "fredag", "Friday"],
  ["6", "lördag", "Saturday"],
  ["7", "söndag", "Sunday"],
];

const regions = Object.keys(MUNICIPALITIES_BY_REGION);
const municipalities = [...new Set(Object.values(MUNICIPALITIES_BY_REGION).flat())].sort((a, b) => a.localeCompare(b, "sv"));

/** The longest easy-to-read summary, per language: lättläst is short. */
export const EASY_TO_READ_MAX = 1_200;

const clockValue = (message: string) =>
  z.string({ error: message }).refine((s) => parseClock(s) !== null, { error: "Skriv tiden som TT:MM, t.ex. 08:00 (24:00 stänger dagen)." });

const spanSchema = z
  .object({
    weekday: enumValue(WEEKDAY_LABELS.map(([v]) => v), "Välj en veckodag."),
    opens: clockValue("Ange när det öppnar."),
    closes: clockValue("Ange när det stänger."),
  })
  .strict();

export const eServiceValuesSchema = z
  .object({
    slug: slugValue(),
    name: localizedValue(120, "Ange e-tjänstens namn på svenska."),
    summary: localizedValue(2_000, "Ange en svensk sammanfattning."),
    easyToRead: optionalLocalizedValue(EASY_TO_READ_MAX),
    channel: enumValue(Object.values(EServiceChannel), "Välj hur invånaren möter tjänsten."),
    provider: optionalText(128),
    minAge: optionalInteger(0, 130),
    maxAge: optionalInteger(0, 130),
    requiresEid: booleanValue(),
    eidMethods: multiEnumValue(EID_METHODS),
    eligibility: optionalLocalizedValue(2_000),
    availability: optionalLocalizedValue(2_000),
    openingHours: optionalLocalizedValue(2_000),
    description: optionalLocalizedValue(20_000),
    cost: optionalLocalizedValue(2_000),
    webUrl: optionalUrl(),
    offeredOnlyIn: multiEnumValue(municipalities),
    notOfferedIn: multiEnumValue(municipalities),
    residentsOf: optionalValue(enumValue(regions, "Välj en region.")),
    staffedHours: optionalValue(listValue(spanSchema, 50)),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.minAge !== null && v.maxAge !== null && v.maxAge < v.minAge) ctx.addIssue({ code: "custom", path: ["maxAge"], message: "Högsta åldern kan inte vara lägre än den lägsta." });
    if (!v.requiresEid && v.eidMethods.length > 0) ctx.addIssue({ code: "custom", path: ["eidMethods"], message: "Ange e-legitimationer bara för en tjänst som kräver e-legitimation." });
    const both = v.offeredOnlyIn.filter((m) => v.notOfferedIn.includes(m));
    if (both.length) ctx.addIssue({ code: "custom", path: ["notOfferedIn"], message: `${both.join(", ")} kan inte både ingå och vara undantagen.` });
    if (v.staffedHours) {
      v.staffedHours.forEach((span, i) => {
        const [o, c] = [parseClock(span.opens), parseClock(span.closes)];
        if (o !== null && c !== null && o >= c) ctx.addIssue({ code: "custom", path: ["staffedHours", i, "closes"], message: "Stängningstiden måste ligga efter öppningstiden." });
      });
      const problem = checkStaffedHours(toSpans(v.staffedHours));
      if (problem && /overlap/.test(problem)) ctx.addIssue({ code: "custom", path: ["staffedHours"], message: "Två tider samma dag överlappar varandra." });
    }
  });

export type EServiceValues = z.infer<typeof eServiceValuesSchema>;

function toSpans(list: { weekday: string; opens: string; closes: string }[]): StaffedSpan[] {
  return list.map((s) => ({ weekday: Number(s.weekday) as Weekday, opens: parseClock(s.opens) ?? 0, closes: parseClock(s.closes) ?? 0 }));
}

const optional = (v: { sv: string; en: string | null } | null) => ({ sv: v?.sv ?? null, en: v?.sv ? (v.en ?? null) : null });
const fromOptional = (v: { sv: string | null; en: string | null } | null | undefined) => (v?.sv ? { sv: v.sv, en: v.en ?? null } : null);

function columnsOf(v: EServiceValues): Partial<EService> {
  return {
    slug: v.slug,
    name: localized(v.name.sv, v.name.en),
    summary: localized(v.summary.sv, v.summary.en),
    easyToReadText: optional(v.easyToRead),
    channel: v.channel,
    provider: v.provider,
    minAge: v.minAge,
    maxAge: v.maxAge,
    requiresEid: v.requiresEid,
    eidMethods: v.eidMethods,
    eligibilityText: optional(v.eligibility),
    availabilityText: optional(v.availability),
    openingHoursText: optional(v.openingHours),
    descriptionText: optional(v.description),
    costText: optional(v.cost),
    webUrl: v.webUrl,
    onlyMunicipalities: v.offeredOnlyIn.length ? v.offeredOnlyIn : null,
    exceptMunicipalities: v.notOfferedIn.length ? v.notOfferedIn : null,
    residentsOf: v.residentsOf,
    staffedSpans: v.staffedHours ? toSpans(v.staffedHours) : null,
  } as Partial<EService>;
}

async function ensureSlugFree(manager: EntityManager, slug: string, id: string) {
  const other = await manager.getRepository(EService).createQueryBuilder("s").where("s.slug = :slug AND s.id <> :id", { slug, id }).getOne();
  if (other) throw validationFailed({ slug: ["Adressen används redan av en annan e-tjänst."] });
}

/** An EService built from a working copy's values, for the preview of its page (never stored). */
export function eServiceFromValues(row: EService, values: Record<string, unknown>): EService {
  const { audience, region, ...own } = values;
  const parsed = eServiceValuesSchema.safeParse(own);
  if (!parsed.success) return row;
  return Object.assign(new EService(), row, columnsOf(parsed.data), { audience: audience as Audience, region: String(region), status: ContentStatus.DRAFT });
}

const optionalLocalizedField = (name: string, sv: string, en: string, kind: "LOCALIZED_LONG_TEXT" | "LOCALIZED_MARKDOWN" = "LOCALIZED_LONG_TEXT", maxLength = 2_000) =>
  ({ name, kind, label: { sv, en }, maxLength }) as const;

export const eServiceEditorialType: EditorialTypeRegistration<EServiceValues> = {
  key: "EService",
  plural: "EServices",
  label: { sv: "E-tjänst", en: "E-service" },
  pluralLabel: { sv: "E-tjänster", en: "E-services" },
  entity: EService,
  table: "e_service",
  titleField: "name",
  titleColumn: "nameSv",
  searchColumns: ["nameSv", "nameEn", "slug", "provider"],
  defaultAudience: Audience.PUBLIC,
  regions: ["Norrbotten"],
  portalPath: (values) => `/e-tjanster/${encodeURIComponent(values.slug)}`,
  fields: [
    { name: "slug", kind: "TEXT", label: { sv: "Adress", en: "Address" }, help: { sv: "Sidans adress: /e-tjanster/<adress>." }, required: true, maxLength: 128 },
    { name: "name", kind: "LOCALIZED_TEXT", label: { sv: "Namn", en: "Name" }, required: true, maxLength: 120 },
    { name: "summary", kind: "LOCALIZED_LONG_TEXT", label: { sv: "Sammanfattning", en: "Summary" }, required: true, maxLength: 2_000 },
    {
      name: "easyToRead",
      kind: "LOCALIZED_LONG_TEXT",
      // Not "… sammanfattning": a label containing another field's label makes "find the field by its label" ambiguous.
      label: { sv: "Lättläst", en: "Easy to read" },
      help: {
        sv: "Frivillig. En kort sammanfattning av det viktigaste om tjänsten på lättläst svenska: korta meningar och vanliga ord. Vanlig text, inte Markdown; en tom rad börjar ett nytt stycke. Högst 1 200 tecken.",
        en: "Optional. A short summary of the essentials about the service in plain language: short sentences, common words. Plain text, not Markdown; an empty line starts a new paragraph. At most 1,200 characters.",
      },
      maxLength: EASY_TO_READ_MAX,
    },
    { name: "channel", kind: "ENUM", label: { sv: "Kanal", en: "Channel" }, required: true, options: Object.values(EServiceChannel).map((value) => ({ value, label: channelLabels[value] })) },
    { name: "provider", kind: "TEXT", label: { sv: "Vem som driver tjänsten", en: "Provider" }, maxLength: 128, placeholder: "1177" },
    { name: "minAge", kind: "INTEGER", label: { sv: "Lägsta ålder (år)", en: "Minimum age (years)" }, min: 0, max: 130 },
    { name: "maxAge", kind: "INTEGER", label: { sv: "Högsta ålder (år)", en: "Maximum age (years)" }, min: 0, max: 130 },
    { name: "requiresEid", kind: "BOOLEAN", label: { sv: "Kräver e-legitimation", en: "Requires an e-ID" }, required: true },
    { name: "eidMethods", kind: "MULTI_ENUM", label: { sv: "E-legitimationer", en: "E-ID methods" }, options: EID_METHODS.map((m) => ({ value: m, label: { sv: m, en: m } })) },
    optionalLocalizedField("eligibility", "Vem som kan använda den", "Who may use it"),
    optionalLocalizedField("availability", "Var den finns", "Where it is offered"),
    optionalLocalizedField("openingHours", "När personalen svarar (text)", "Opening hours (text)"),
    optionalLocalizedField("description", "Beskrivning", "Description", "LOCALIZED_MARKDOWN", 20_000),
    optionalLocalizedField("cost", "Kostnad", "Cost"),
    { name: "webUrl", kind: "URL", label: { sv: "Webbadress", en: "Web address" }, maxLength: 512 },
    { name: "offeredOnlyIn", kind: "MULTI_ENUM", label: { sv: "Bara i kommunerna", en: "Only in municipalities" }, options: municipalities.map((m) => ({ value: m, label: { sv: m, en: m } })) },
    { name: "notOfferedIn", kind: "MULTI_ENUM", label: { sv: "Inte i kommunerna", en: "Not in municipalities" }, options: municipalities.map((m) => ({ value: m, label: { sv: m, en: m } })) },
    { name: "residentsOf", kind: "ENUM", label: { sv: "Bara för invånare i", en: "Only for residents of" }, options: regions.map((r) => ({ value: r, label: { sv: r, en: r } })) },
    {
      name: "staffedHours",
      kind: "LIST",
      label: { sv: "Bemannade tider", en: "Staffed hours" },
      help: { sv: "Lämna tom om tjänsten inte har bestämda tider." },
      max: 50,
      itemFields: [
        { name: "weekday", kind: "ENUM", label: { sv: "Dag", en: "Day" }, required: true, options: WEEKDAY_LABELS.map(([value, sv, en]) => ({ value, label: { sv, en } })) },
        { name: "opens", kind: "TIME", label: { sv: "Öppnar", en: "Opens" }, required: true },
        { name: "closes", kind: "TIME", label: { sv: "Stänger", en: "Closes" }, required: true },
      ],
    },
  ],
  schema: eServiceValuesSchema as never,
  async checkValues(manager, id, values) {
    const taken = await manager.getRepository(EService).createQueryBuilder("x").where("x.slug = :slug AND x.id <> :id", { slug: values.slug, id }).getExists();
    return taken ? { slug: ["Adressen används redan av en annan e-tjänst."] } : null;
  },
  adapter: {
    async read(manager, id) {
      const s = await manager.getRepository(EService).findOneByOrFail({ id });
      return {
        slug: s.slug,
        name: { sv: s.name.sv, en: s.name.en ?? null },
        summary: { sv: s.summary.sv, en: s.summary.en ?? null },
        easyToRead: fromOptional(s.easyToReadText),
        channel: s.channel,
        provider: s.provider ?? null,
        minAge: s.minAge ?? null,
        maxAge: s.maxAge ?? null,
        requiresEid: !!s.requiresEid,
        eidMethods: (s.eidMethods ?? []) as EServiceValues["eidMethods"],
        eligibility: fromOptional(s.eligibilityText),
        availability: fromOptional(s.availabilityText),
        openingHours: fromOptional(s.openingHoursText),
        description: fromOptional(s.descriptionText),
        cost: fromOptional(s.costText),
        webUrl: s.webUrl ?? null,
        offeredOnlyIn: s.onlyMunicipalities ?? [],
        notOfferedIn: s.exceptMunicipalities ?? [],
        residentsOf: s.residentsOf ?? null,
        staffedHours: s.staffedSpans
          ? [...s.staffedSpans].sort((a, b) => a.weekday - b.weekday || a.opens - b.opens).map((span) => ({ weekday: String(span.weekday), opens: formatClock(span.opens), closes: formatClock(span.closes) }))
          : null,
      };
    },
    async apply(manager, id, values, ctx) {
      await ensureSlugFree(manager, values.slug, id);
      const repo = manager.getRepository(EService);
      if (ctx.mode === "create") await repo.insert(repo.create({ ...ctx.base, ...columnsOf(values) } as Partial<EService>) as never);
      else await repo.update({ id }, columnsOf(values) as never);
    },
  },
};

export const editorial = createEditorialRegistry("eServices", [eServiceEditorialType as unknown as EditorialTypeRegistration]);
