import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { PickedText } from "~/i18n/localized";
import { Localized } from "./localized";

/** A name from the API: picked for the page's language (marked when it falls back to Swedish), or plain text. */
export type FeeText = string | PickedText;

/** Shows a `FeeText`: a picked text through `<Localized>`, a plain one as it is. */
export function FeeTextView({ text }: { text: FeeText }) {
  return typeof text === "string" ? <>{text}</> : <Localized text={text} />;
}

export type FeeTableItem = { key: string; label: FeeText; amount: string; countsTowardsHighCost?: boolean };

/**
 * A schedule's lines as a table. With `countsTowardsHighCost` on the lines, a third column says which
 * fees count towards high-cost protection; the home page's short table leaves it out.
 */
export function FeeTable({ caption, items }: { caption: ReactNode; items: FeeTableItem[] }) {
  const { t } = useTranslation("fees");
  const withHighCost = items.some((item) => item.countsTowardsHighCost !== undefined);
  return (
    <table className="mt-4 w-full max-w-3xl border-collapse text-left">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className="py-2 pr-4">
            {t("table.visit")}
          </th>
          <th scope="col" className="py-2 pr-4 text-right">
            {t("table.fee")}
          </th>
          {withHighCost ? (
            <th scope="col" className="py-2">
              {t("table.counts")}
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.key} className="border-b border-line">
            <th scope="row" className="py-2 pr-4 font-normal">
              <FeeTextView text={item.label} />
            </th>
            <td className="py-2 pr-4 text-right whitespace-nowrap">{item.amount}</td>
            {withHighCost ? <td className="py-2">{item.countsTowardsHighCost ? t("table.yes") : t("table.no")}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
