import { z } from "zod";
import {
  Audience,
  ContentStatus,
  createEditorialRegistry,
  enumValue,
  listValue,
  localized,
  localizedValue,
  optionalDate,
  optionalLocalizedValue,
  optionalPhone,
  optionalText,
  requiredText,
  slugValue,
  validationFailed,
  type EditorialTypeRegistration,
} from "@vardportal/kit";
import type { EntityManager } from "typeorm";
import { GuidelineCategory } from "./entities/guideline-category.js";
import { Guideline } from "./entities/guideline.entity.js";

const categoryLabels: Record<GuidelineCategory, { sv: string; en: string }> = {
  JOURNAL_ONLINE: { sv: "Journalen via nätet", en: "Journal online" },
  SEALING: { sv: "Försegling", en: "Sealing" },
  BLOCKING_GUARDIAN: { sv: "Spärr för vårdnadshavare", en: "Blocking a guardian" },
  LOCKING_ACCOUNT: { sv: "Låsa inloggning", en: "Locking a login" },
  MINORS_ACCESS: { sv: "Barns och ungas journal", en: "Minors' access" },
  RELEASE_OF_RECORDS: { sv: "Utlämnande av journal", en: "Release of records" },
  LEGAL_REPRESENTATIVE: { sv: "Ombud och företrädare", en: "Legal representatives" },
  OTHER: { sv: "Övrigt", en: "Other" },
};

const formSchema = z
  .object({
    name: requiredText(200, "Ange blankettens namn."),
    whereToFind: optionalText(300),
    sendTo: optionalText(300),
  })
  .strict();

const contactSchema = z
  .object({
    label: requiredText(200, "Ange vem som svarar."),
    phone: optionalPhone(),
    hours: optionalText(200),
    note: optionalText(500),
  })
  .strict();

/** The longest easy-to-read summary, per language: lättläst is short. */
export const EASY_TO_READ_MAX = 1_200;

/** A guideline's values as editors write them (audience and region are the kit's). */
export const guidelineValuesSchema = z
  .object({
    slug: slugValue(),
    title: localizedValue(200, "Ange en svensk titel."),
    summary: localizedValue(600, "Ange en svensk sammanfattning."),
    easyToRead: optionalLocalizedValue(EASY_TO_READ_MAX),
    body: localizedValue(50_000, "Skriv riktlinjens text på svenska."),
    category: enumValue(Object.values(GuidelineCategory), "Välj ett ämne."),
    owner: requiredText(200, "Ange vilken enhet som ansvarar för riktlinjen."),
    lastReviewed: optionalDate(),
    reviewDue: optionalDate(),
    relatedForms: listValue(formSchema, 30).default([]),
    contactRoutes: listValue(contactSchema, 30).default([]),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.lastReviewed && v.reviewDue && v.reviewDue < v.lastReviewed) {
      ctx.addIssue({ code: "custom", path: ["reviewDue"], message: "Nästa granskning kan inte ligga före den senaste." });
    }
  });

export type GuidelineValues = z.infer<typeof guidelineValuesSchema>;

async function ensureSlugFree(manager: EntityManager, slug: string, id: string) {
  const other = await manager.getRepository(Guideline).createQueryBuilder("g").where("g.slug = :slug AND g.id <> :id", { slug, id }).getOne();
  if (other) throw validationFailed({ slug: ["Adressen används redan av en annan riktlinje."] });
}

/** What the entity's own columns hold for these values. */
function columnsOf(values: GuidelineValues) {
  return {
    slug: values.slug,
    title: localized(values.title.sv, values.title.en),
    summary: localized(values.summary.sv, values.summary.en),
    easyToReadText: { sv: values.easyToRead?.sv ?? null, en: values.easyToRead?.en ?? null },
    body: localized(values.body.sv, values.body.en),
    category: values.category,
    owner: values.owner,
    lastReviewed: values.lastReviewed,
    reviewDue: values.reviewDue,
    relatedForms: values.relatedForms.map((f) => ({ name: f.name, whereToFind: f.whereToFind, sendTo: f.sendTo })),
    contactRoutes: values.contactRoutes.map((c) => ({ label: c.label, phone: c.phone, hours: c.hours, note: c.note })),
  };
}

/** A Guideline built from a working copy's values, for the preview of one page (never stored). */
export function guidelineFromValues(row: Guideline, values: Record<string, unknown>): Guideline {
  const parsed = guidelineValuesSchema.safeParse(Object.fromEntries(Object.entries(values).filter(([k]) => k !== "audience" && k !== "region")));
  if (!parsed.success) return row;
  return Object.assign(new Guideline(), row, columnsOf(parsed.data), {
    audience: values.audience as Audience,
    region: String(values.region),
    status: ContentStatus.DRAFT,
  });
}

const textField = (name: string, sv: string, en: string, required = false, maxLength = 200) =>
  ({ name, kind: "TEXT", label: { sv, en }, required, maxLength }) as const;

export const guidelineEditorialType: EditorialTypeRegistration<GuidelineValues> = {
  key: "Guideline",
  plural: "Guidelines",
  label: { sv: "Riktlinje", en: "Guideline" },
  pluralLabel: { sv: "Riktlinjer", en: "Guidelines" },
  entity: Guideline,
  table: "guideline",
  titleField: "title",
  titleColumn: "titleSv",
  searchColumns: ["titleSv", "titleEn", "slug", "summarySv", "owner"],
  defaultAudience: Audience.STAFF,
  regions: ["Kronoberg", "Skåne"],
  portalPath: (values) => `/riktlinjer/${encodeURIComponent(values.slug)}`,
  fields: [
    {
      name: "slug",
      kind: "TEXT",
      label: { sv: "Adress", en: "Address" },
      help: { sv: "Sidans adress i portalen: /riktlinjer/<adress>. Små bokstäver, siffror och bindestreck.", en: "The page's address in the portal." },
      required: true,
      maxLength: 128,
      placeholder: "blockera-vardnadshavare-skane",
    },
    { name: "title", kind: "LOCALIZED_TEXT", label: { sv: "Titel", en: "Title" }, required: true, maxLength: 200 },
    { name: "summary", kind: "LOCALIZED_LONG_TEXT", label: { sv: "Sammanfattning", en: "Summary" }, help: { sv: "En eller två meningar som visas i listor." }, required: true, maxLength: 600 },
    {
      name: "easyToRead",
      kind: "LOCALIZED_LONG_TEXT",
      // Not "… sammanfattning": a label containing another field's label makes "find the field by its label" ambiguous.
      label: { sv: "Lättläst", en: "Easy to read" },
      help: {
        sv: "Frivillig, för riktlinjer som invånare läser. En kort sammanfattning av det viktigaste i riktlinjen på lättläst svenska: korta meningar och vanliga ord. Vanlig text, inte Markdown; en tom rad börjar ett nytt stycke. Högst 1 200 tecken.",
        en: "Optional, for guidelines residents read. A short summary of the essentials in the guideline in plain language: short sentences, common words. Plain text, not Markdown; an empty line starts a new paragraph. At most 1,200 characters.",
      },
      maxLength: EASY_TO_READ_MAX,
    },
    { name: "body", kind: "LOCALIZED_MARKDOWN", label: { sv: "Text", en: "Body" }, help: { sv: "Markdown. Skript, iframes och javascript:-länkar tas bort när sidan visas." }, required: true, maxLength: 50_000 },
    {
      name: "category",
      kind: "ENUM",
      label: { sv: "Ämne", en: "Category" },
      required: true,
      options: Object.values(GuidelineCategory).map((value) => ({ value, label: categoryLabels[value] })),
    },
    textField("owner", "Ansvarig enhet", "Owner", true),
    { name: "lastReviewed", kind: "DATE", label: { sv: "Senast granskad", en: "Last reviewed" } },
    { name: "reviewDue", kind: "DATE", label: { sv: "Nästa granskning", en: "Review due" } },
    {
      name: "relatedForms",
      kind: "LIST",
      label: { sv: "Blanketter", en: "Forms" },
      max: 30,
      itemFields: [textField("name", "Namn", "Name", true), textField("whereToFind", "Var den finns", "Where to find it", false, 300), textField("sendTo", "Skickas till", "Send to", false, 300)],
    },
    {
      name: "contactRoutes",
      kind: "LIST",
      label: { sv: "Kontaktvägar", en: "Contact routes" },
      max: 30,
      itemFields: [
        textField("label", "Vem som svarar", "Who answers", true),
        { name: "phone", kind: "PHONE", label: { sv: "Telefon", en: "Phone" }, maxLength: 40 },
        textField("hours", "Öppettider", "Hours"),
        { name: "note", kind: "LONG_TEXT", label: { sv: "Anteckning", en: "Note" }, maxLength: 500 },
      ],
    },
  ],
  schema: guidelineValuesSchema as never,
  async checkValues(manager, id, values) {
    const taken = await manager.getRepository(Guideline).createQueryBuilder("x").where("x.slug = :slug AND x.id <> :id", { slug: values.slug, id }).getExists();
    return taken ? { slug: ["Adressen används redan av en annan riktlinje."] } : null;
  },
  adapter: {
    async read(manager, id) {
      const g = await manager.getRepository(Guideline).findOneByOrFail({ id });
      return {
        slug: g.slug,
        title: { sv: g.title.sv, en: g.title.en ?? null },
        summary: { sv: g.summary.sv, en: g.summary.en ?? null },
        easyToRead: g.easyToReadText?.sv ? { sv: g.easyToReadText.sv, en: g.easyToReadText.en ?? null } : null,
        body: { sv: g.body.sv, en: g.body.en ?? null },
        category: g.category,
        owner: g.owner,
        lastReviewed: g.lastReviewed,
        reviewDue: g.reviewDue,
        relatedForms: (g.relatedForms ?? []).map((f) => ({ name: f.name, whereToFind: f.whereToFind ?? null, sendTo: f.sendTo ?? null })),
        contactRoutes: (g.contactRoutes ?? []).map((c) => ({ label: c.label, phone: c.phone ?? null, hours: c.hours ?? null, note: c.note ?? null })),
      };
    },
    async apply(manager, id, values, ctx) {
      await ensureSlugFree(manager, values.slug, id);
      const repo = manager.getRepository(Guideline);
      if (ctx.mode === "create") {
        await repo.insert(repo.create({ ...ctx.base, ...columnsOf(values) } as Partial<Guideline>) as never);
      } else {
        await repo.update({ id }, columnsOf(values) as never);
      }
    },
  },
};

export const editorial = createEditorialRegistry("guidelines", [guidelineEditorialType as unknown as EditorialTypeRegistration]);
