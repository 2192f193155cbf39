import { Link } from "@remix-run/react";
import type { GuidelineGroup } from "~/routes/riktlinjer._index.view";
import { formatIsoDate } from "~/utils/format";

/** Guidelines grouped by category, each with its region, its audience and when it is due for review. */
export function GuidelineList({ groups }: { groups: GuidelineGroup[] }) {
  return (
    <div className="grid gap-8">
      {groups.map((group) => (
        <section key={group.category} aria-labelledby={`kat-${slugOf(group.category)}`}>
          <h2 id={`kat-${slugOf(group.category)}`} className="text-2xl font-bold text-brand-dark">
            {group.category}
          </h2>
          <ul className="mt-3 grid gap-4">
            {group.items.map((g) => (
              <li key={g.slug} className="rounded border border-line p-4">
                <h3 className="text-lg font-semibold">
                  <Link to={g.href}>{g.title}</Link>
                </h3>
                <p className="text-muted">
                  {g.region}
                  {g.staffOnly ? " · Endast för personal" : " · Även för invånare"}
                </p>
                <p className="mt-2">{g.summary}</p>
                {g.reviewDue ? (
                  <p className={`mt-1 ${g.overdue ? "font-semibold text-[#9b1c1c]" : "text-muted"}`}>
                    {g.overdue ? "Skulle ha setts över " : "Ses över senast "}
                    {formatIsoDate(g.reviewDue)}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

const slugOf = (text: string) => text.toLowerCase().normalize("NFD").replace(/\p{Diacritic}/gu, "").replace(/[^a-z0-9]+/g, "-");
