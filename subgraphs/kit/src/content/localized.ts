import { Directive, Field, InputType, ObjectType } from "type-graphql";
import { Column } from "typeorm";

/**
 * A text a reader sees: Swedish is required, English optional. Stored as two columns
 * (`<field>Sv`, `<field>En`) through a TypeORM embedded; the same class is the GraphQL type.
 */
@ObjectType("LocalizedText", { description: "Swedish is always present; English is null where no translation exists yet." })
@Directive("@shareable")
export class Localized {
  @Field(() => String)
  @Column({ type: "text" })
  sv!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  en!: string | null;
}

@InputType("LocalizedTextInput", { description: "Swedish is required; leave English out or empty where there is no translation." })
export class LocalizedInput {
  @Field(() => String)
  sv!: string;

  @Field(() => String, { nullable: true })
  en?: string | null;
}

export function localized(sv: string, en: string | null = null): Localized {
  return Object.assign(new Localized(), { sv, en });
}

/** Field messages for a localized input; Swedish must have text, English may be left out. */
export function checkLocalized(value: LocalizedInput | undefined, field: string, max = 20_000): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (!value || !value.sv || !value.sv.trim()) errors[`${field}.sv`] = ["Swedish text is required."];
  else if (value.sv.length > max) errors[`${field}.sv`] = [`At most ${max} characters.`];
  if (value?.en && value.en.length > max) errors[`${field}.en`] = [`At most ${max} characters.`];
  return errors;
}

/** Empty English is stored as null so that "missing translation" has one representation. */
export function normalizeLocalized(value: LocalizedInput): Localized {
  const en = value.en?.trim();
  return localized(value.sv.trim(), en ? en : null);
}

/**
 * The columns of a localized text that may be missing altogether. `Localized` has a NOT NULL Swedish
 * column, and TypeORM hydrates an all-null embedded as an object rather than null, so an optional text
 * is stored in this shape and exposed through `presentOrNull`.
 */
export class OptionalLocalized {
  @Column({ type: "text", nullable: true })
  sv!: string | null;

  @Column({ type: "text", nullable: true })
  en!: string | null;
}

/** The stored text as the GraphQL `LocalizedText`, or null when there is no Swedish text. */
export function presentOrNull(value: OptionalLocalized | null | undefined): Localized | null {
  return value?.sv ? localized(value.sv, value.en) : null;
}
