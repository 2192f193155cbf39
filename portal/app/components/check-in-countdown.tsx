import { useEffect, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { useLang, useLocalePath } from "~/i18n/react";
import { untilText } from "~/routes/($lang).checka-in._index.view";

/**
 * "Incheckningen öppnar kl. 09.50, om 12 minuter." The server renders it from its own clock; with
 * JavaScript the minutes count down from when the page arrived (the device's clock is not trusted to
 * be right, only to tick), and when the time comes a link offers to reload. Not a live region: a
 * screen reader is not interrupted every minute.
 */
export function CheckInCountdown({ opensAtText, secondsUntilOpen }: { opensAtText: string; secondsUntilOpen: number }) {
  const { t } = useTranslation("checkIn");
  const lang = useLang();
  const lp = useLocalePath();
  const [left, setLeft] = useState(secondsUntilOpen);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setLeft(Math.max(0, secondsUntilOpen - Math.floor((Date.now() - started) / 1000))), 1000);
    return () => clearInterval(timer);
  }, [secondsUntilOpen]);
  if (left === 0) {
    return (
      <p className="font-semibold">
        {t("countdown.opened")} <a href={lp("/checka-in")}>{t("countdown.reload")}</a>.
      </p>
    );
  }
  return (
    <p>
      <Trans
        t={t}
        i18nKey="countdown.opensAt"
        values={{ time: opensAtText, left: untilText(left, lang) }}
        components={{ time: <strong />, left: <span data-testid="nedrakning" /> }}
      />
    </p>
  );
}
