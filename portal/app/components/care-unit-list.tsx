import { Trans, useTranslation } from "react-i18next";
import { LocaleLink } from "~/i18n/react";
import type { StatusView } from "~/utils/opening-hours";
import { CareUnitStatus } from "./care-unit-status";
import { Sv } from "./localized";
import { EmptyState } from "./page-section";

export type UnitListItem = {
  id: string;
  name: string;
  /** The unit's page as a Swedish path; the link puts it in the page's language. */
  href: string;
  kindLabel: string;
  municipality: string | null;
  address: string | null;
  phone: { text: string; href: string } | null;
  /** Null when the hours could not be read; the unit is still listed. */
  status: StatusView | null;
  distance: string | null;
};

export type ResultsView = {
  totalCount: number;
  /** "Visar 21–40 av 57" / "Showing 21–40 of 57". */
  first: number;
  last: number;
  units: UnitListItem[];
  nextHref: string | null;
  firstPageHref: string | null;
};

export type Suggestion = { text: string; href: string };

function UnitItem({ unit }: { unit: UnitListItem }) {
  const { t } = useTranslation("careUnits");
  return (
    <li className="rounded border border-line p-4">
      <h3 className="text-lg font-semibold">
        <LocaleLink to={unit.href}>
          <Sv>{unit.name}</Sv>
        </LocaleLink>
      </h3>
      <p className="text-muted">
        {unit.kindLabel}
        {unit.municipality ? (
          <>
            , <Sv>{unit.municipality}</Sv>
          </>
        ) : null}
        {unit.distance ? ` · ${t("list.distance", { distance: unit.distance })}` : null}
      </p>
      <CareUnitStatus status={unit.status} className="mt-2" />
      {unit.address ? (
        <p className="mt-2">
          <Sv>{unit.address}</Sv>
        </p>
      ) : null}
      {unit.phone ? (
        <p className="mt-1">
          {t("list.phone")} <a href={unit.phone.href}>{unit.phone.text}</a>
        </p>
      ) : null}
    </li>
  );
}

/** One page of units, "Visar 21–40 av 57", and links to the next and the first page. */
export function CareUnitList({ results, sortedFrom }: { results: ResultsView; sortedFrom: string | null }) {
  const { t } = useTranslation("careUnits");
  return (
    <>
      <p className="text-muted" id="traffar">
        {t("list.showing", { first: results.first, last: results.last, count: results.totalCount })}
        {sortedFrom ? (
          <Trans t={t} i18nKey="list.sortedNear" values={{ town: sortedFrom }} components={{ town: <Sv>{sortedFrom}</Sv> }} />
        ) : (
          t("list.sortedByName")
        )}
      </p>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2" aria-describedby="traffar">
        {results.units.map((unit) => (
          <UnitItem key={unit.id} unit={unit} />
        ))}
      </ul>
      {results.nextHref || results.firstPageHref ? (
        <nav aria-label={t("list.pagesLabel")} className="mt-6 flex flex-wrap gap-6">
          {results.firstPageHref ? <LocaleLink to={results.firstPageHref}>{t("list.firstPage")}</LocaleLink> : null}
          {results.nextHref ? (
            <LocaleLink to={results.nextHref} className="font-semibold">
              {t("list.nextPage")}
            </LocaleLink>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

/** Nothing matched: say so, and offer each change that would widen the search. */
export function CareUnitEmptyResults({ suggestions }: { suggestions: Suggestion[] }) {
  const { t } = useTranslation("careUnits");
  return (
    <div>
      <EmptyState>{t("list.empty")}</EmptyState>
      {suggestions.length > 0 ? (
        <>
          <p className="mt-3">{t("list.tryChanging")}</p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {suggestions.map((s) => (
              <li key={s.href}>
                <LocaleLink to={s.href}>{s.text}</LocaleLink>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="mt-3">{t("list.emergency")}</p>
    </div>
  );
}
