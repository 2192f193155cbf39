import { GraphQLError } from "graphql";
import { ErrorCode } from "../errors.js";

export const EditorialErrorCode = { AUDIENCE_WIDENING_NOT_CONFIRMED: ErrorCode.AUDIENCE_WIDENING_NOT_CONFIRMED } as const;

/** Saving as PUBLIC an item that is narrower now needs `confirmPublicAudience: true`. */
export const audienceWideningNotConfirmed = (current: string) =>
  new GraphQLError(
    `Att göra innehållet publikt visar det för alla, även den som inte loggat in (nu: ${current}). Bekräfta att det ska bli publikt.`,
    { extensions: { code: ErrorCode.AUDIENCE_WIDENING_NOT_CONFIRMED, field: "audience" } },
  );
