import { Link } from "@remix-run/react";
import { useEffect, useRef, type ReactNode } from "react";
import { statusLabels, type ContentStatus } from "~/editorial/api";

/** The red of field messages: 7:1 on white. */
export const errorText = "text-[#9b1c1c]";
export const inputClass =
  "mt-1 block w-full rounded border-2 border-ink bg-white px-2 py-1 aria-[invalid=true]:border-[#9b1c1c] aria-[invalid=true]:bg-[#fff5f5]";
export const primaryButton = "rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60";
export const secondaryButton = "rounded border-2 border-brand bg-white px-4 py-2 font-semibold text-brand-dark hover:bg-surface";
export const dangerButton = "rounded border-2 border-[#9b1c1c] bg-white px-4 py-2 font-semibold text-[#9b1c1c] hover:bg-[#fff5f5]";
export const smallButton = "rounded border-2 border-brand bg-white px-2 py-0.5 text-sm font-semibold text-brand-dark hover:bg-surface";

const statusStyles: Record<ContentStatus, string> = {
  DRAFT: "border-[#6b5900] bg-[#fff8d6] text-[#4d4000]",
  IN_REVIEW: "border-[#005486] bg-[#e6f2fa] text-[#00324f]",
  PUBLISHED: "border-[#1d6b32] bg-[#e8f6ec] text-[#0f4a20]",
  ARCHIVED: "border-[#4a4f55] bg-[#eef0f2] text-[#2b2f33]",
};

/** The workflow status as a word in a box: never colour alone. */
export function StatusBadge({ status, live }: { status: ContentStatus; live?: boolean }) {
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${statusStyles[status]}`} data-status={status}>
      {statusLabels[status]}
      {live === false && status === "PUBLISHED" ? " (inte synlig nu)" : null}
    </span>
  );
}

/** A notice box; `tone` only changes the edge colour, the heading carries the meaning. */
export function Notice({ title, children, tone = "info", id, live }: { title: string; children?: ReactNode; tone?: "info" | "warning" | "success"; id?: string; live?: boolean }) {
  const edge = tone === "warning" ? "border-notice-edge bg-notice" : tone === "success" ? "border-[#1d6b32] bg-[#e8f6ec]" : "border-brand bg-surface";
  return (
    <div id={id} className={`mt-4 border-l-4 px-4 py-3 ${edge}`} role={live ? "status" : undefined}>
      <p className="font-bold">{title}</p>
      {children ? <div className="mt-1">{children}</div> : null}
    </div>
  );
}

export type SummaryEntry = { path: string; message: string; target: string | null };

/**
 * The form's messages together at the top, each a link to its field; it takes focus when it appears, so a
 * screen-reader user hears what to correct (and a keyboard user starts from it).
 */
export function ErrorSummary({ entries, id = "felsammanfattning" }: { entries: SummaryEntry[]; id?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = entries.map((e) => `${e.path}:${e.message}`).join("|");
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (entries.length === 0) return null;
  return (
    <div ref={ref} id={id} tabIndex={-1} className="mt-4 border-l-4 border-[#9b1c1c] bg-white px-4 py-3" role="alert" aria-labelledby={`${id}-rubrik`}>
      <h2 id={`${id}-rubrik`} className={`text-xl font-bold ${errorText}`}>
        Rätta följande ({entries.length})
      </h2>
      <ul className="mt-2 list-disc pl-6">
        {entries.map((entry) => (
          <li key={`${entry.path}-${entry.message}`}>{entry.target ? <a href={`#${entry.target}`}>{entry.message}</a> : entry.message}</li>
        ))}
      </ul>
    </div>
  );
}

/** "Föregående" / "Nästa" for a cursor-paginated list; the links keep the page's other parameters. */
export function Pager({ previous, next, label }: { previous: string | null; next: string | null; label: string }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label={label} className="mt-6 flex gap-6">
      {previous ? (
        <Link to={previous} rel="prev">
          ← Föregående
        </Link>
      ) : null}
      {next ? (
        <Link to={next} rel="next">
          Nästa →
        </Link>
      ) : null}
    </nav>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="mt-6 rounded border-2 border-dashed border-line p-6">
      <p className="text-lg font-semibold">{title}</p>
      {children ? <div className="mt-2">{children}</div> : null}
    </div>
  );
}
