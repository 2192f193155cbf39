import { z } from "zod";

/**
 * zod builders for editorial values with Swedish messages, so every registration says the same thing
 * the same way. Each returns a schema for one field's value as `values` carries it (decision 019).
 */

/** Empty text and a missing value both mean "none" (null); anything else must pass `inner`, with its own messages. */
const emptyIsNull = <T extends z.ZodType>(inner: T) =>
  z.preprocess((v) => (v === undefined || v === "" || (typeof v === "string" && v.trim() === "") ? null : v), inner.nullable());

const trimmed = (max: number) => z.string({ error: "Ange en text." }).trim().max(max, { error: `Högst ${max} tecken.` });

/** A required text. */
export const requiredText = (max = 200, message = "Fältet måste fyllas i.") => trimmed(max).min(1, { error: message });

/** An optional text; empty becomes null. */
export const optionalText = (max = 2_000) => emptyIsNull(trimmed(max));

/** `{ sv, en }`: Swedish required, English optional (empty becomes null). */
export const localizedValue = (max = 20_000, svMessage = "Ange en svensk text.") =>
  z
    .object(
      {
        sv: trimmed(max).min(1, { error: svMessage }),
        en: emptyIsNull(trimmed(max)).optional(),
      },
      { error: "Ange texten på svenska (och gärna engelska)." },
    )
    .strict()
    .transform((v) => ({ sv: v.sv, en: v.en ? v.en : null }));

/** `{ sv, en }` or null: both may be empty; English without Swedish is refused. */
export const optionalLocalizedValue = (max = 20_000) =>
  z
    .object(
      { sv: emptyIsNull(trimmed(max)).optional(), en: emptyIsNull(trimmed(max)).optional() },
      { error: "Ange texten som { sv, en }." },
    )
    .strict()
    .superRefine((v, ctx) => {
      if (!v.sv && v.en) ctx.addIssue({ code: "custom", path: ["sv"], message: "Skriv den svenska texten först; den engelska är en översättning." });
    })
    .transform((v) => (v.sv ? { sv: v.sv, en: v.en ? v.en : null } : null))
    .nullable()
    .optional()
    .transform((v) => v ?? null);

export const slugValue = () =>
  requiredText(128, "Ange en adress.").regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: "Bara små bokstäver a–z, siffror och bindestreck, t.ex. min-sida.",
  });

export const enumValue = <T extends string>(values: readonly T[], message = "Välj ett av alternativen.") =>
  z.enum(values as [T, ...T[]], { error: message });

export const multiEnumValue = <T extends string>(values: readonly T[]) =>
  z.array(enumValue(values), { error: "Välj bland alternativen." }).transform((list) => [...new Set(list)]);

export const integerValue = (min: number, max: number) =>
  z
    .number({ error: "Ange ett heltal." })
    .int({ error: "Ange ett heltal." })
    .min(min, { error: `Minst ${min}.` })
    .max(max, { error: `Högst ${max}.` });

export const optionalInteger = (min: number, max: number) => emptyIsNull(integerValue(min, max));

export const decimalValue = (min: number, max: number) =>
  z.number({ error: "Ange ett tal." }).min(min, { error: `Minst ${min}.` }).max(max, { error: `Högst ${max}.` });

export const booleanValue = () => z.boolean({ error: "Ange ja eller nej." });

const isRealDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

export const dateValue = () =>
  z.string({ error: "Ange ett datum." }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Skriv datumet som ÅÅÅÅ-MM-DD." }).refine(isRealDate, { error: "Datumet finns inte." });

export const optionalDate = () => emptyIsNull(dateValue());

export const timeValue = () => z.string({ error: "Ange en tid." }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "Skriv tiden som TT:MM, t.ex. 08:00." });

export const urlValue = () =>
  z
    .string({ error: "Ange en adress." })
    .trim()
    .max(512, { error: "Högst 512 tecken." })
    .refine(
      (s) => {
        try {
          const u = new URL(s);
          return u.protocol === "https:" || u.protocol === "http:";
        } catch {
          return false;
        }
      },
      { error: "Ange en hel webbadress som börjar med https://." },
    );

export const optionalUrl = () => emptyIsNull(urlValue());

export const emailValue = () => z.string({ error: "Ange en e-postadress." }).trim().max(254).email({ error: "Ange en giltig e-postadress." });

export const phoneValue = () =>
  z
    .string({ error: "Ange ett telefonnummer." })
    .trim()
    .regex(/^\+?[0-9][0-9 -]{3,20}$/, { error: "Ange ett telefonnummer med siffror, t.ex. 0771-11 22 33." });

export const optionalPhone = () => emptyIsNull(phoneValue());

/** An optional value of any schema: missing or "" is null. */
export const optionalValue = <T extends z.ZodType>(inner: T) => emptyIsNull(inner);

export const listValue = <T extends z.ZodType>(item: T, max = 100) =>
  z.array(item, { error: "Ange en lista." }).max(max, { error: `Högst ${max} rader.` });
