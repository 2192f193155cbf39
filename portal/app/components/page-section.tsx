import { useEffect, useRef, type ReactNode } from "react";

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

/**
 * Says that a search form's values were refused (the fields carry the messages). An alert that takes focus when
 * it appears, so a screen reader hears it after a submit that navigated (a live region that appears together
 * with its text is often not read).
 */
export function FormErrorNotice({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <p ref={ref} role="alert" tabIndex={-1} className="border-l-4 border-[#9b1c1c] bg-white px-4 py-3 font-semibold">
      {children}
    </p>
  );
}
