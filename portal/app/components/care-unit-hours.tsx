import { useTranslation } from "react-i18next";
import type { PickedText } from "~/i18n/localized";
import type { StatusView } from "~/utils/opening-hours";
import { CareUnitStatus } from "./care-unit-status";
import { Localized } from "./localized";
import { EmptyState } from "./page-section";

export type DayRow = {
  date: string;
  /** "måndag 2 mars" / "Monday 2 March". */
  label: string;
  hours: string;
  /** Why the day differs: a holiday's name or the exception's label (content, marked when it falls back). */
  note: PickedText | null;
  isToday: boolean;
};

export type ExceptionRow = { key: string; when: string; label: PickedText; hours: string };

export type HoursView = {
  known: boolean;
  status: StatusView;
  today: { label: string; hours: string; note: PickedText | null };
  week: DayRow[];
  regular: { days: string; hours: string }[];
  exceptions: ExceptionRow[];
  holidays: string;
};

const cell = "border-b border-line py-2 pr-4 align-top";

/** Today first, then the coming seven days, the regular week and the exceptions ahead. */
export function CareUnitHours({ hours }: { hours: HoursView }) {
  const { t } = useTranslation("careUnits");
  if (!hours.known) {
    return <EmptyState>{t("hours.none")}</EmptyState>;
  }
  return (
    <>
      <h3 className="text-xl font-semibold">{t("hours.today", { day: hours.today.label })}</h3>
      <CareUnitStatus status={hours.status} className="mt-2 text-lg" />
      <p className="mt-1">
        {t("hours.todayHours")} <strong>{hours.today.hours}</strong>
        {hours.today.note ? (
          <>
            {" "}
            (<Localized text={hours.today.note} />)
          </>
        ) : null}
      </p>

      <h3 className="mt-8 text-xl font-semibold">{t("hours.nextDays")}</h3>
      <table className="mt-2 w-full max-w-2xl border-collapse text-left">
        <caption className="sr-only">{t("hours.nextDaysCaption")}</caption>
        <thead>
          <tr>
            <th scope="col" className={cell}>
              {t("hours.day")}
            </th>
            <th scope="col" className={cell}>
              {t("hours.open")}
            </th>
            <th scope="col" className={cell}>
              {t("hours.note")}
            </th>
          </tr>
        </thead>
        <tbody>
          {hours.week.map((day) => (
            <tr key={day.date} className={day.isToday ? "bg-surface" : undefined}>
              <th scope="row" className={`${cell} font-normal`}>
                {day.label}
                {day.isToday ? <span className="sr-only"> {t("hours.todayMark")}</span> : null}
              </th>
              <td className={cell}>{day.hours}</td>
              <td className={cell}>{day.note ? <Localized text={day.note} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3 className="mt-8 text-xl font-semibold">{t("hours.regularTitle")}</h3>
      <table className="mt-2 w-full max-w-md border-collapse text-left">
        <caption className="sr-only">{t("hours.regularCaption")}</caption>
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

      <h3 className="mt-8 text-xl font-semibold">{t("hours.exceptionsTitle")}</h3>
      {hours.exceptions.length === 0 ? (
        <EmptyState>{t("hours.noExceptions")}</EmptyState>
      ) : (
        <ul className="mt-2 space-y-2">
          {hours.exceptions.map((e) => (
            <li key={e.key}>
              <strong>{e.when}</strong>: <Localized text={e.label} />. {e.hours}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
