import Personnummer from "personnummer";

/**
 * Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer,
 * day + 60). Parsing and the check digit come from the maintained `personnummer` package; what is
 * ours is the shape we keep (twelve digits, no separator) and the reasons we give back.
 */
export type ParsedPersonnummer = {
  /** Twelve digits, century included, no separator: the form we store and send. */
  value: string;
  /** The date of birth as YYYY-MM-DD (for a samordningsnummer, the day minus 60). */
  birthDate: string;
  coordinationNumber: boolean;
};

export type PersonnummerProblem = "EMPTY" | "FORMAT" | "INVALID";

export type PersonnummerResult = { ok: true; personnummer: ParsedPersonnummer } | { ok: false; problem: PersonnummerProblem };

const shape = /^(\d{2})?\d{6}[-+]?\d{4}$/;

export function parsePersonnummer(input: string): PersonnummerResult {
  const text = input.trim().replace(/\s+/g, "");
  if (text === "") return { ok: false, problem: "EMPTY" };
  if (!shape.test(text)) return { ok: false, problem: "FORMAT" };
  let parsed: Personnummer;
  try {
    // Checks the date (including century from a '+' separator) and the check digit.
    parsed = Personnummer.parse(text, { allowCoordinationNumber: true, allowInterimNumber: false });
  } catch {
    return { ok: false, problem: "INVALID" };
  }
  const coordinationNumber = parsed.isCoordinationNumber();
  const day = coordinationNumber ? Number(parsed.day) - 60 : Number(parsed.day);
  const fullYear = `${parsed.century}${parsed.year}`;
  return {
    ok: true,
    personnummer: {
      value: `${fullYear}${parsed.month}${parsed.day}${parsed.num}${parsed.check}`,
      birthDate: `${fullYear}-${parsed.month}-${String(day).padStart(2, "0")}`,
      coordinationNumber,
    },
  };
}

/** Field messages in both languages, for forms and coded API errors alike. */
export const personnummerMessages: Record<PersonnummerProblem, { sv: string; en: string }> = {
  EMPTY: { sv: "Fyll i ett personnummer.", en: "Enter a personal identity number." },
  FORMAT: {
    sv: "Skriv personnumret som ÅÅÅÅMMDD-XXXX eller ÅÅMMDD-XXXX.",
    en: "Write the number as YYYYMMDD-XXXX or YYMMDD-XXXX.",
  },
  INVALID: {
    sv: "Personnumret finns inte: datumet eller kontrollsiffran stämmer inte.",
    en: "That number cannot exist: the date or the check digit is wrong.",
  },
};

/** Whole years on `on` (YYYY-MM-DD) for someone born on `birthDate`; a birthday on that day counts. */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [y, m, d] = on.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * A valid personnummer for a birth date and a three-digit serial: for sample people whose age must
 * stay right whatever day the seed runs. The check digit is the Luhn digit of the last ten digits.
 */
export function personnummerFor(birthDate: string, serial: number): string {
  const digits = `${birthDate.replaceAll("-", "")}${String(serial).padStart(3, "0")}`;
  const ten = digits.slice(2);
  let sum = 0;
  for (let i = 0; i < ten.length; i++) {
    let n = Number(ten[i]) * (i % 2 === 0 ? 2 : 1);
    if (n > 9) n -= 9;
    sum += n;
  }
  return `${digits}${(10 - (sum % 10)) % 10}`;
}
