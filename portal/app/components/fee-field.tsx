import { useEffect, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** The red used for field messages: 7:1 on white (WCAG 2.1 AA asks 4.5:1). */
const errorText = "text-[#9b1c1c]";

/**
 * A labelled form field with its hint and its message, tied to the control by id (aria-describedby),
 * and aria-invalid when the server refused the value. The control itself is the child, given `ids`.
 */
export function FeeField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (ids: { id: string; "aria-describedby"?: string; "aria-invalid"?: true }) => ReactNode;
}) {
  const { t } = useTranslation("fees");
  const described = [hint ? `${id}-tips` : null, error ? `${id}-fel` : null].filter(Boolean).join(" ");
  return (
    <div className="mt-4">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-tips`} className="text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-fel`} className={`font-semibold ${errorText}`}>
          <span className="sr-only">{t("form.errorPrefix")} </span>
          {error}
        </p>
      ) : null}
      {children({ id, ...(described ? { "aria-describedby": described } : {}), ...(error ? { "aria-invalid": true as const } : {}) })}
    </div>
  );
}

export const inputClass = "mt-1 block w-full max-w-sm rounded border-2 border-ink px-2 py-1 aria-[invalid=true]:border-[#9b1c1c]";
export const buttonClass = "mt-6 rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark";

/** The form's messages together at its top, each a link to its field, as a list to go through. */
export function FeeErrorSummary({ id, errors, fieldIds }: { id: string; errors: Record<string, string | undefined>; fieldIds: Record<string, string> }) {
  const { t } = useTranslation("fees");
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors).filter((entry): entry is [string, string] => typeof entry[1] === "string");
  // A refusal is announced (role="alert") and takes focus, so a screen reader hears it and the links are next.
  const key = entries.map(([field, message]) => `${field}:${message}`).join("|");
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (entries.length === 0) return null;
  return (
    <div ref={ref} id={id} tabIndex={-1} className="mt-4 border-l-4 border-[#9b1c1c] bg-white px-4 py-3" role="alert" aria-labelledby={`${id}-rubrik`}>
      <h3 id={`${id}-rubrik`} className={`font-bold ${errorText}`}>
        {t("form.errorSummary")}
      </h3>
      <ul className="mt-2 list-disc pl-6">
        {entries.map(([field, message]) => (
          <li key={field}>{fieldIds[field] ? <a href={`#${fieldIds[field]}`}>{message}</a> : message}</li>
        ))}
      </ul>
    </div>
  );
}
