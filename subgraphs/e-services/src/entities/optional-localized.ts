import { Column } from "typeorm";
import { localized, type Localized } from "@vardportal/kit";

/**
 * The columns of a localized text that may be missing altogether. The kit's `Localized` embedded
 * has a NOT NULL Swedish column, and TypeORM hydrates an all-null embedded as an object rather
 * than null, so an optional text is stored in this shape and exposed through `presentOrNull`.
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
