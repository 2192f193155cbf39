import { useTranslation } from "react-i18next";
import type { StatusView } from "~/utils/opening-hours";

const tones: Record<StatusView["tone"], string> = {
  // Dark text on a light tint: at least 4.5:1 on the tint (WCAG 2.1 AA); the word carries the meaning, not the colour.
  open: "border-[#1d6b34] bg-[#e6f4ea] text-[#14532d]",
  closed: "border-[#8a1c1c] bg-[#fdecec] text-[#7a1414]",
  unknown: "border-line bg-surface text-ink",
};

/** "Öppet nu · stänger 17:00" ("Open now · closes 17:00"): a badge and what happens next, worded by the view. */
export function CareUnitStatus({ status, className = "" }: { status: StatusView | null; className?: string }) {
  const { t } = useTranslation("careUnits");
  if (!status) return <p className={`text-muted ${className}`}>{t("hours.statusUnavailable")}</p>;
  return (
    <p className={`flex flex-wrap items-center gap-2 ${className}`}>
      <span className={`rounded border px-2 py-0.5 text-sm font-semibold ${tones[status.tone]}`}>{status.badge}</span>
      {status.detail ? <span>{status.detail}</span> : null}
    </p>
  );
}
