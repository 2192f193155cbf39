import { useTranslation } from "react-i18next";
import { Localized, Sv } from "~/components/localized";
import { LocaleLink, useLang } from "~/i18n/react";
import type { GuidelineGroup } from "~/routes/($lang).riktlinjer._index.view";
import { formatIsoDate } from "~/utils/format";

/** Guidelines grouped by category, each with its region, its audience and when it is due for review. */
export function GuidelineList({ groups }: { groups: GuidelineGroup[] }) {
  const { t } = useTranslation("guidelines");
  const lang = useLang();
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
                  <LocaleLink to={g.href}>
                    <Localized text={g.title} />
                  </LocaleLink>
                </h3>
                <p className="text-muted">
                  <Sv>{g.region}</Sv>
                  {" · "}
                  {g.staffOnly ? t("audience.staffOnly") : t("audience.alsoResidents")}
                </p>
                <p className="mt-2">
                  <Localized text={g.summary} />
                </p>
                {g.reviewDue ? (
                  <p className={`mt-1 ${g.overdue ? "font-semibold text-[#9b1c1c]" : "text-muted"}`}>
                    {t(g.overdue ? "list.reviewOverdue" : "list.reviewDue", { date: formatIsoDate(g.reviewDue, lang) })}
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
