/**
 * How the admin names an editor it only knows by subject (the API records subjects, e.g. "erik"). A subject
 * that is a plain word is shown capitalised ("Erik"); anything else (an id) as it is.
 */
export function displayName(subject: string | null | undefined): string {
  if (!subject) return "okänd redaktör";
  return /^[a-zåäö]+$/.test(subject) ? subject.charAt(0).toUpperCase() + subject.slice(1) : subject;
}

/** Swedish genitive: "Eriks", "Alvas", but "Lars" and "Max" stay as they are. */
export function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}
