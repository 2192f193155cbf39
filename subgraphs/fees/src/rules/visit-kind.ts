/**
 * A visit kind is a code an editor controls, not a fixed enum (decision 009): a region that adds a
 * kind of visit to its schedule needs no release of the API. The codes below are the ones the
 * sources name; only MISSED_VISIT has a meaning of its own in the rules.
 */
export const VisitKind = {
  HEALTH_CENTRE_VISIT: "HEALTH_CENTRE_VISIT",
  SPECIALIST_VISIT: "SPECIALIST_VISIT",
  /** A visit or treatment at a distance, video included (source 002: "distansöverbryggande teknik"). */
  REMOTE_VISIT: "REMOTE_VISIT",
  DIGITAL_CHAT: "DIGITAL_CHAT",
  /** The schedule's fee for a booked visit missed without cancelling; see `chargedWhenMissed`. */
  MISSED_VISIT: "MISSED_VISIT",
} as const;

/** Upper-case letters, digits and underscores, starting with a letter: what fits the column and reads as a code. */
const CODE = /^[A-Z][A-Z0-9_]{1,31}$/;

export const isVisitKindCode = (code: string) => CODE.test(code);

/** What people type into a form or a query, as the code it must be: " health_centre_visit " → "HEALTH_CENTRE_VISIT". */
export const normalizeVisitKind = (text: string) => text.trim().toUpperCase();
