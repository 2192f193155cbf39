/**
 * An HSA-id names a unit in the national catalogue (HSA): "SE", the ten digits of the owning
 * organisation's number, a dash and an alphanumeric suffix, at most 31 characters in all
 * (e.g. "SE2321000230-1A2B", where 2321000230 is Region Norrbotten).
 */
const HSA_ID = /^SE\d{10}-[A-Z0-9]{1,18}$/;

/** The canonical form (trimmed, upper case), or null when the text is not an HSA-id. */
export function parseHsaId(text: string): string | null {
  const candidate = text.trim().toUpperCase();
  return HSA_ID.test(candidate) ? candidate : null;
}
