import { useTranslation } from "react-i18next";
import type { Bar } from "~/routes/($lang).arkiv.statistik.view";

/**
 * A horizontal bar chart as inline SVG, no chart library: the SVG is one labelled image
 * (role="img" with a title and description), and the same numbers follow in a table for anyone
 * who cannot see or read the chart.
 */
export function ArchiveBarChart({ id, title, bars }: { id: string; title: string; bars: Bar[] }) {
  const { t } = useTranslation("archive");
  const max = Math.max(1, ...bars.map((b) => b.count));
  const row = 28;
  const labelWidth = 170;
  const width = 560;
  const height = bars.length * row + 8;
  const summary = bars.map((b) => `${b.label}: ${b.count}`).join(", ");
  return (
    <figure className="mt-4">
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${width} ${height}`} className="w-full max-w-2xl">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {bars.map((b, i) => {
          const barWidth = Math.round(((width - labelWidth - 60) * b.count) / max);
          const y = i * row + 4;
          return (
            <g key={b.label}>
              <text x={labelWidth - 8} y={y + 17} textAnchor="end" fontSize="14" fill="#1f2937">{b.label}</text>
              <rect x={labelWidth} y={y} width={barWidth} height={row - 8} fill="#005a87" />
              <text x={labelWidth + barWidth + 6} y={y + 17} fontSize="14" fill="#1f2937">{b.count}</text>
            </g>
          );
        })}
      </svg>
      <table className="mt-3 border-collapse text-left">
        <caption className="text-left font-semibold">{t("chart.table", { title })}</caption>
        <thead>
          <tr>
            <th scope="col" className="border-b border-line py-1 pr-6">{t("chart.channel")}</th>
            <th scope="col" className="border-b border-line py-1 pr-6">{t("chart.count")}</th>
            <th scope="col" className="border-b border-line py-1">{t("chart.share")}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.label}>
              <th scope="row" className="border-b border-line py-1 pr-6 font-normal">{b.label}</th>
              <td className="border-b border-line py-1 pr-6">{b.count}</td>
              <td className="border-b border-line py-1">{b.share}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
