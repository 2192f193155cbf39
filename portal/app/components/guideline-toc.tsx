import type { TocEntry } from "~/routes/riktlinjer.$slug.view";

/** "Innehåll": a link to every heading of the guideline, the h3s under their h2. */
export function GuidelineToc({ entries }: { entries: TocEntry[] }) {
  if (entries.length < 2) return null;
  return (
    <nav aria-labelledby="innehall-rubrik" className="mt-6 rounded border border-line bg-surface p-4" data-print="hide">
      <h2 id="innehall-rubrik" className="text-lg font-bold">
        Innehåll
      </h2>
      <ol className="mt-2 list-decimal pl-6">
        {entries.map((e) => (
          <li key={e.id} className={e.level === 3 ? "ml-6 list-[circle]" : undefined}>
            <a href={`#${e.id}`}>{e.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
