import { Link } from "@remix-run/react";
import type { StatusView } from "~/utils/opening-hours";
import { CareUnitStatus } from "./care-unit-status";
import { EmptyState } from "./page-section";

export type UnitListItem = {
  id: string;
  name: string;
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
  /** "Visar 21–40 av 57". */
  first: number;
  last: number;
  units: UnitListItem[];
  nextHref: string | null;
  firstPageHref: string | null;
};

export type Suggestion = { text: string; href: string };

function UnitItem({ unit }: { unit: UnitListItem }) {
  return (
    <li className="rounded border border-line p-4">
      <h3 className="text-lg font-semibold">
        <Link to={unit.href}>{unit.name}</Link>
      </h3>
      <p className="text-muted">
        {unit.kindLabel}
        {unit.municipality ? `, ${unit.municipality}` : null}
        {unit.distance ? ` · ${unit.distance} bort` : null}
      </p>
      <CareUnitStatus status={unit.status} className="mt-2" />
      {unit.address ? <p className="mt-2">{unit.address}</p> : null}
      {unit.phone ? (
        <p className="mt-1">
          Telefon: <a href={unit.phone.href}>{unit.phone.text}</a>
        </p>
      ) : null}
    </li>
  );
}

/** One page of units, "Visar 21–40 av 57", and links to the next and the first page. */
export function CareUnitList({ results, sortedFrom }: { results: ResultsView; sortedFrom: string | null }) {
  return (
    <>
      <p className="text-muted" id="traffar">
        Visar {results.first}–{results.last} av {results.totalCount} vårdenheter
        {sortedFrom ? `, närmast ${sortedFrom} centrum först` : ", i bokstavsordning"}.
      </p>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2" aria-describedby="traffar">
        {results.units.map((unit) => (
          <UnitItem key={unit.id} unit={unit} />
        ))}
      </ul>
      {results.nextHref || results.firstPageHref ? (
        <nav aria-label="Fler sökträffar" className="mt-6 flex flex-wrap gap-6">
          {results.firstPageHref ? <Link to={results.firstPageHref}>Till första sidan</Link> : null}
          {results.nextHref ? (
            <Link to={results.nextHref} className="font-semibold">
              Nästa sida
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

/** Nothing matched: say so, and offer each change that would widen the search. */
export function CareUnitEmptyResults({ suggestions }: { suggestions: Suggestion[] }) {
  return (
    <div>
      <EmptyState>Ingen vårdenhet matchar din sökning.</EmptyState>
      {suggestions.length > 0 ? (
        <>
          <p className="mt-3">Du kan prova att ändra sökningen:</p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {suggestions.map((s) => (
              <li key={s.href}>
                <Link to={s.href}>{s.text}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="mt-3">
        Vid livshotande tillstånd: ring 112. Behöver du råd om vård: ring 1177.
      </p>
    </div>
  );
}
