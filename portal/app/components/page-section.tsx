import type { ReactNode } from "react";

export function PageSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-rubrik`} className="mt-10">
      <h2 id={`${id}-rubrik`} className="text-2xl font-bold text-brand-dark">
        {title}
      </h2>
      <div className="mt-4">{children}</div>
    </section>
  );
}

/** Stands in for a part of the page whose data could not be fetched; polite, so it does not interrupt a screen reader. */
export function SectionNotice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="border-l-4 border-notice-edge bg-notice px-4 py-3">
      {children}
    </p>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="text-muted">{children}</p>;
}
