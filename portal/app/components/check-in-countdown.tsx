import { useEffect, useState } from "react";
import { untilText } from "~/routes/checka-in._index.view";

/**
 * "Incheckningen öppnar kl. 09.50, om 12 minuter." The server renders it from its own clock; with
 * JavaScript the minutes count down from when the page arrived (the device's clock is not trusted to
 * be right, only to tick), and when the time comes a link offers to reload. Not a live region: a
 * screen reader is not interrupted every minute.
 */
export function CheckInCountdown({ opensAtText, secondsUntilOpen }: { opensAtText: string; secondsUntilOpen: number }) {
  const [left, setLeft] = useState(secondsUntilOpen);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setLeft(Math.max(0, secondsUntilOpen - Math.floor((Date.now() - started) / 1000))), 1000);
    return () => clearInterval(timer);
  }, [secondsUntilOpen]);
  if (left === 0) {
    return (
      <p className="font-semibold">
        Incheckningen har öppnat. <a href="/checka-in">Ladda om sidan för att checka in</a>.
      </p>
    );
  }
  return (
    <p>
      Incheckningen öppnar <strong>{opensAtText}</strong>, <span data-testid="nedrakning">{untilText(left)}</span>.
    </p>
  );
}
