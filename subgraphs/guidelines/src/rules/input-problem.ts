/**
 * What is wrong with one field of an input, with a fixed code and words a person can act on. The
 * resolver turns a list of these into one coded error; the portal puts each beside its field.
 */
export interface InputProblem {
  /** A path into the input, e.g. "seals.0.until". */
  field: string;
  problem: string;
  sv: string;
  en: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: [InputProblem, ...InputProblem[]] };

export const problem = (field: string, code: string, sv: string, en: string): InputProblem => ({ field, problem: code, sv, en });

export const DATE_FORMAT = { sv: "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-02.", en: "Write the date as YYYY-MM-DD, for example 2026-03-02." };

export function finish<T>(problems: InputProblem[], value: () => T): Checked<T> {
  const [first, ...rest] = problems;
  return first ? { ok: false, problems: [first, ...rest] } : { ok: true, value: value() };
}
