export type FeeTableItem = { key: string; label: string; amount: string; countsTowardsHighCost?: boolean };

/**
 * A schedule's lines as a table. With `countsTowardsHighCost` on the lines, a third column says which
 * fees count towards high-cost protection; the home page's short table leaves it out.
 */
export function FeeTable({ caption, items }: { caption: string; items: FeeTableItem[] }) {
  const withHighCost = items.some((item) => item.countsTowardsHighCost !== undefined);
  return (
    <table className="mt-4 w-full max-w-3xl border-collapse text-left">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className="py-2 pr-4">
            Besök
          </th>
          <th scope="col" className="py-2 pr-4 text-right">
            Avgift
          </th>
          {withHighCost ? (
            <th scope="col" className="py-2">
              Räknas in i högkostnadsskyddet
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.key} className="border-b border-line">
            <th scope="row" className="py-2 pr-4 font-normal">
              {item.label}
            </th>
            <td className="py-2 pr-4 text-right whitespace-nowrap">{item.amount}</td>
            {withHighCost ? <td className="py-2">{item.countsTowardsHighCost ? "Ja" : "Nej"}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
