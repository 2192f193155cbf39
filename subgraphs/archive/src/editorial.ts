import { z } from "zod";
import {
  Audience,
  booleanValue,
  createEditorialRegistry,
  decimalValue,
  enumValue,
  localized,
  localizedValue,
  optionalInteger,
  optionalLocalizedValue,
  optionalText,
  optionalValue,
  slugValue,
  validationFailed,
  type EditorialTypeRegistration,
} from "@vardportal/kit";
import type { EntityManager } from "typeorm";
import { ArchiveHolding } from "./entities/archive-holding.entity.js";
import { HoldingKind } from "./entities/holding-kind.js";

const kindLabels: Record<HoldingKind, { sv: string; en: string }> = {
  PATIENT_RECORDS: { sv: "Patientjournaler", en: "Patient records" },
  CHILD_HEALTH_RECORDS: { sv: "Journaler från barnhälsovården", en: "Child health records" },
  PRIVATE_PROVIDER_RECORDS: { sv: "Journaler från privata vårdgivare", en: "Private providers' records" },
  EDUCATION_RECORDS: { sv: "Utbildningshandlingar", en: "Education records" },
  INSTITUTION_RECORDS: { sv: "Institutionsarkiv", en: "Institution records" },
  REGISTERED_DOCUMENTS: { sv: "Diarieförda handlingar", en: "Registered documents" },
  OTHER: { sv: "Övrigt", en: "Other" },
};

export const holdingValuesSchema = z
  .object({
    slug: slugValue(),
    title: localizedValue(200, "Ange en svensk titel."),
    description: localizedValue(5_000, "Beskriv samlingen på svenska."),
    kind: enumValue(Object.values(HoldingKind), "Välj vilken sorts handlingar det är."),
    held: booleanValue(),
    whereToAsk: optionalLocalizedValue(2_000),
    periodFrom: optionalInteger(1000, 2100),
    periodTo: optionalInteger(1000, 2100),
    extentMeters: optionalValue(decimalValue(0, 100_000)),
    creator: optionalText(200),
    whereKept: optionalText(200),
    accessConditions: optionalLocalizedValue(5_000),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (!v.held && !v.whereToAsk) ctx.addIssue({ code: "custom", path: ["whereToAsk", "sv"], message: "Säg vart man vänder sig i stället när arkivet inte har handlingarna." });
    if (v.periodFrom !== null && v.periodTo !== null && v.periodTo < v.periodFrom) ctx.addIssue({ code: "custom", path: ["periodTo"], message: "Slutåret kan inte ligga före startåret." });
  });

export type HoldingValues = z.infer<typeof holdingValuesSchema>;

const optional = (v: { sv: string; en: string | null } | null) => ({ sv: v?.sv ?? null, en: v?.sv ? (v.en ?? null) : null });
const fromOptional = (v: { sv: string | null; en: string | null } | null | undefined) => (v?.sv ? { sv: v.sv, en: v.en ?? null } : null);

function columnsOf(v: HoldingValues): Partial<ArchiveHolding> {
  return {
    slug: v.slug,
    title: localized(v.title.sv, v.title.en),
    description: localized(v.description.sv, v.description.en),
    kind: v.kind,
    held: v.held,
    whereToAskText: optional(v.whereToAsk),
    periodFrom: v.periodFrom,
    periodTo: v.periodTo,
    extentMeters: v.extentMeters,
    creator: v.creator,
    whereKept: v.whereKept,
    accessConditionsText: optional(v.accessConditions),
  } as Partial<ArchiveHolding>;
}

async function ensureSlugFree(manager: EntityManager, slug: string, id: string) {
  const other = await manager.getRepository(ArchiveHolding).createQueryBuilder("h").where("h.slug = :slug AND h.id <> :id", { slug, id }).getOne();
  if (other) throw validationFailed({ slug: ["Adressen används redan av en annan samling."] });
}

const localizedField = (name: string, sv: string, en: string, required = false, maxLength = 2_000) =>
  ({ name, kind: "LOCALIZED_LONG_TEXT", label: { sv, en }, required, maxLength }) as const;

/**
 * The archive's holdings. The portal lists them on /arkiv and has no page per holding, so there is
 * nothing to preview (hasPreview false; previewLink answers NOT_FOUND).
 */
export const holdingEditorialType: EditorialTypeRegistration<HoldingValues> = {
  key: "ArchiveHolding",
  plural: "ArchiveHoldings",
  label: { sv: "Arkivsamling", en: "Archive holding" },
  pluralLabel: { sv: "Arkivsamlingar", en: "Archive holdings" },
  entity: ArchiveHolding,
  table: "archive_holding",
  titleField: "title",
  titleColumn: "titleSv",
  searchColumns: ["titleSv", "titleEn", "slug", "creator"],
  defaultAudience: Audience.PUBLIC,
  regions: ["Norrbotten"],
  hasPreview: false,
  portalPath: () => null,
  fields: [
    { name: "slug", kind: "TEXT", label: { sv: "Adress", en: "Address" }, required: true, maxLength: 128 },
    { name: "title", kind: "LOCALIZED_TEXT", label: { sv: "Titel", en: "Title" }, required: true, maxLength: 200 },
    localizedField("description", "Beskrivning", "Description", true, 5_000),
    { name: "kind", kind: "ENUM", label: { sv: "Sort", en: "Kind" }, required: true, options: Object.values(HoldingKind).map((value) => ({ value, label: kindLabels[value] })) },
    { name: "held", kind: "BOOLEAN", label: { sv: "Finns i arkivet", en: "Held here" }, help: { sv: "Nej: arkivet har inte handlingarna; säg vart man vänder sig." }, required: true },
    localizedField("whereToAsk", "Vart man vänder sig i stället", "Where to ask instead"),
    { name: "periodFrom", kind: "INTEGER", label: { sv: "Från år", en: "From year" }, min: 1000, max: 2100 },
    { name: "periodTo", kind: "INTEGER", label: { sv: "Till år", en: "To year" }, min: 1000, max: 2100 },
    { name: "extentMeters", kind: "DECIMAL", label: { sv: "Omfång (hyllmeter)", en: "Extent (shelf metres)" }, min: 0, max: 100_000 },
    { name: "creator", kind: "TEXT", label: { sv: "Arkivbildare", en: "Creator" }, maxLength: 200 },
    { name: "whereKept", kind: "TEXT", label: { sv: "Var handlingarna förvaras", en: "Where kept" }, maxLength: 200 },
    localizedField("accessConditions", "Villkor för att ta del", "Access conditions", false, 5_000),
  ],
  schema: holdingValuesSchema as never,
  async checkValues(manager, id, values) {
    const taken = await manager.getRepository(ArchiveHolding).createQueryBuilder("x").where("x.slug = :slug AND x.id <> :id", { slug: values.slug, id }).getExists();
    return taken ? { slug: ["Adressen används redan av en annan samling."] } : null;
  },
  adapter: {
    async read(manager, id) {
      const h = await manager.getRepository(ArchiveHolding).findOneByOrFail({ id });
      return {
        slug: h.slug,
        title: { sv: h.title.sv, en: h.title.en ?? null },
        description: { sv: h.description.sv, en: h.description.en ?? null },
        kind: h.kind,
        held: !!h.held,
        whereToAsk: fromOptional(h.whereToAskText),
        periodFrom: h.periodFrom ?? null,
        periodTo: h.periodTo ?? null,
        extentMeters: h.extentMeters ?? null,
        creator: h.creator ?? null,
        whereKept: h.whereKept ?? null,
        accessConditions: fromOptional(h.accessConditionsText),
      };
    },
    async apply(manager, id, values, ctx) {
      await ensureSlugFree(manager, values.slug, id);
      const repo = manager.getRepository(ArchiveHolding);
      if (ctx.mode === "create") await repo.insert(repo.create({ ...ctx.base, ...columnsOf(values) } as Partial<ArchiveHolding>) as never);
      else await repo.update({ id }, columnsOf(values) as never);
    },
  },
};

export const editorial = createEditorialRegistry("archive", [holdingEditorialType as unknown as EditorialTypeRegistration]);
