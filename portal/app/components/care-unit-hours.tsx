import type { StatusView } from "~/utils/opening-hours";
import { CareUnitStatus } from "./care-unit-status";
import { EmptyState } from "./page-section";

export type DayRow = {
  date: string;
  /** "måndag 2 mars". */
  label: string;
  hours: string;
  /** Why the day differs: a holiday's name or the exception's label. */
  note: string | null;
  isToday: boolean;
};

export type ExceptionRow = { key: string; when: string; label: string; hours: string };

export type HoursView = {
  known: boolean;
  status: StatusView;
  today: { label: string; hours: string; note: string | null };
  week: DayRow[];
  regular: { days: string; hours: string }[];
  exceptions: ExceptionRow[];
  holidays: string;
};

const cell = "border-b border-line py-2 pr-4 align-top";

/** Today first, then the coming seven days, the regular week and the exceptions ahead. */
export function CareUnitHours({ hours }: { hours: HoursView }) {
  if (!hours.known) {
    return <EmptyState>Vårdenheten har inte lämnat några öppettider. Ring och fråga när du kan komma.</EmptyState>;
  }
  return (
    <>
      <h3 className="text-xl font-semibold">Idag, {hours.today.label}</h3>
      <CareUnitStatus status={hours.status} className="mt-2 text-lg" />
      <p className="mt-1">
        Öppettider idag: <strong>{hours.today.hours}</strong>
        {hours.today.note ? ` (${hours.today.note})` : null}
      </p>

      <h3 className="mt-8 text-xl font-semibold">Kommande sju dagar</h3>
      <table className="mt-2 w-full max-w-2xl border-collapse text-left">
        <caption className="sr-only">Öppettider de kommande sju dagarna, med helgdagar och avvikelser</caption>
        <thead>
          <tr>
            <th scope="col" className={cell}>
              Dag
            </th>
            <th scope="col" className={cell}>
              Öppet
            </th>
            <th scope="col" className={cell}>
              Anmärkning
            </th>
          </tr>
        </thead>
        <tbody>
          {hours.week.map((day) => (
            <tr key={day.date} className={day.isToday ? "bg-surface" : undefined}>
              <th scope="row" className={`${cell} font-normal`}>
                {day.label}
                {day.isToday ? <span className="sr-only"> (idag)</span> : null}
              </th>
              <td className={cell}>{day.hours}</td>
              <td className={cell}>{day.note ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3 className="mt-8 text-xl font-semibold">Ordinarie öppettider</h3>
      <table className="mt-2 w-full max-w-md border-collapse text-left">
        <caption className="sr-only">Ordinarie öppettider per veckodag</caption>
        <tbody>
          {hours.regular.map((line) => (
            <tr key={line.days}>
              <th scope="row" className={`${cell} font-normal`}>
                {line.days}
              </th>
              <td className={cell}>{line.hours}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-muted">{hours.holidays}</p>

      <h3 className="mt-8 text-xl font-semibold">Avvikande öppettider</h3>
      {hours.exceptions.length === 0 ? (
        <EmptyState>Inga avvikelser de närmaste tre månaderna.</EmptyState>
      ) : (
        <ul className="mt-2 space-y-2">
          {hours.exceptions.map((e) => (
            <li key={e.key}>
              <strong>{e.when}</strong>: {e.label}. {e.hours}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
