import { tFor } from "~/i18n/instance";
import { defaultLang, type Lang } from "~/i18n/languages";
import { FallbackMark, Localized, Sv } from "./localized";

/**
 * Names of the archive's codes in the page's language (the `archive` strings, `labels.*`), shared by the
 * resident's and the archive staff's pages. The lists fix the order the forms offer them in.
 */
export const archiveCodes = {
  releaseStatus: ["RECEIVED", "RETRIEVING", "ASSESSED", "SENT", "INVOICED", "CLOSED"],
  delivery: ["REGISTERED_MAIL", "E_SERVICE_1177", "DIGITAL_MAILBOX"],
  incoming: ["PORTAL", "POST", "PHONE", "E_SERVICE_1177", "EMAIL", "IN_PERSON", "FAX"],
  legalBasis: ["PATIENT_OWN_RECORD", "GUARDIAN", "CONSENT", "LEGAL_REPRESENTATIVE", "PUBLIC_DOCUMENT"],
  subject: ["SELF", "CHILD", "OTHER_PERSON"],
  harmDecision: ["RELEASE_IN_FULL", "RELEASE_IN_PART", "REFUSE"],
  step: ["RECEIVED", "ASSIGNED", "UNASSIGNED", "START_RETRIEVAL", "RECORD_HARM_ASSESSMENT", "MARK_SENT", "MARK_INVOICED", "CLOSE"],
} as const;
export type ArchiveLabelGroup = keyof typeof archiveCodes;

/** The name of a code; a code added to the schema later shows as itself, an absent one as nothing. */
export function archiveLabel(group: ArchiveLabelGroup, code: string | null | undefined, lang: Lang = defaultLang): string {
  if (!code) return "";
  const t = tFor(lang, "archive");
  return t(`labels.${group}.${code}` as "labels.step.CLOSE", { defaultValue: "" }) || code;
}

/** A group's codes with their names, in order: the options of a radio group or a select. */
export function archiveOptions(group: ArchiveLabelGroup, lang: Lang = defaultLang): [string, string][] {
  return archiveCodes[group].map((code) => [code, archiveLabel(group, code, lang)]);
}

export const archiveStaffRoles = ["archivist", "editor", "admin"] as const;

/** Field messages, each field's list in the page's language. */
export type FieldErrors = Record<string, string[]>;

/**
 * The archive's field messages (`fieldErrors`) come in Swedish only; `messages` carries both languages for
 * the one field named in `field`. On an English page that field gets its English words and every other
 * field keeps its Swedish ones, listed in `swedish` so they are shown marked `lang="sv"`.
 */
export function apiFieldErrors(extensions: Record<string, unknown> | undefined, lang: Lang): { fieldErrors: FieldErrors; swedish: string[] } {
  const raw = extensions?.fieldErrors;
  if (!raw || typeof raw !== "object") return { fieldErrors: {}, swedish: [] };
  const fieldErrors = { ...(raw as FieldErrors) };
  if (lang === "sv") return { fieldErrors, swedish: [] };
  const field = typeof extensions?.field === "string" ? extensions.field : null;
  const en = (extensions?.messages as { en?: unknown } | undefined)?.en;
  if (field && typeof en === "string" && en && fieldErrors[field]?.length === 1) fieldErrors[field] = [en];
  return { fieldErrors, swedish: Object.keys(fieldErrors).filter((f) => !(f === field && fieldErrors[f]?.[0] === en)) };
}

/** An API message in the page's language (`messages: { sv, en }`), or null when it carries none. */
export function apiMessage(extensions: Record<string, unknown> | undefined, lang: Lang): { text: string; sv: boolean } | null {
  const messages = extensions?.messages as { sv?: unknown; en?: unknown } | undefined;
  if (lang === "en" && typeof messages?.en === "string" && messages.en) return { text: messages.en, sv: false };
  return typeof messages?.sv === "string" && messages.sv ? { text: messages.sv, sv: lang !== "sv" } : null;
}

/**
 * A field's error message under it, tied to the input with aria-describedby. `sv`: the message is the
 * archive's Swedish text on an English page, so it is marked.
 */
export function FieldError({ id, messages, sv }: { id: string; messages?: string[]; sv?: boolean }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="mt-1 font-semibold text-red-800">
      {sv ? (
        <>
          <Sv>{messages.join(" ")}</Sv> <FallbackMark />
        </>
      ) : (
        messages.join(" ")
      )}
    </p>
  );
}

/**
 * One line of facts about a holding or a request. `sv`: the value is a Swedish name or free text;
 * `content`: an editor's text from the API (a LocalizedText), with `fallback` when an English page shows
 * its Swedish; `name`: a person's name after the value ("Mitt barns journal: Kalle").
 */
export type Fact = { term: string; value: string; sv?: boolean; content?: boolean; fallback?: boolean; name?: string };

export function FactValue({ fact }: { fact: Fact }) {
  const value = fact.content ? (
    <Localized text={{ text: fact.value, lang: fact.fallback ? "sv" : "en", fallback: !!fact.fallback }} />
  ) : fact.sv ? (
    <Sv>{fact.value}</Sv>
  ) : (
    fact.value
  );
  return (
    <>
      {value}
      {fact.name ? (
        <>
          : <Sv>{fact.name}</Sv>
        </>
      ) : null}
    </>
  );
}
