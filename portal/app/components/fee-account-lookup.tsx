import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { AccountView } from "~/routes/($lang).avgifter.view";
import { buttonClass, FeeField, inputClass } from "./fee-field";
import { HighCostAccountSummary } from "./fee-high-cost";
import { SectionNotice } from "./page-section";

export type AccountLookupView = {
  personnummer: string;
  error?: string;
  result: null | { status: "ok"; shown: string; account: AccountView } | { status: "unavailable" };
};

/** For staff: a resident's high-cost account by personnummer. Posted, so the number stays out of every address. */
export function FeeAccountLookup({ region, lookup }: { region: string; lookup: AccountLookupView | null }) {
  const { t } = useTranslation("fees");
  return (
    <>
      <Form method="post" noValidate className="max-w-2xl">
        <input type="hidden" name="intent" value="lookup" />
        <input type="hidden" name="region" value={region} />
        <FeeField id="uppslag-personnummer" label={t("lookup.personnummer")} hint={t("lookup.hint")} error={lookup?.error}>
          {(aria) => <input {...aria} type="text" name="personnummer" inputMode="numeric" autoComplete="off" defaultValue={lookup?.personnummer ?? ""} className={inputClass} />}
        </FeeField>
        <button type="submit" className={buttonClass}>
          {t("lookup.submit")}
        </button>
      </Form>
      {lookup?.result?.status === "unavailable" ? (
        <div className="mt-4">
          <SectionNotice>{t("lookup.unavailable")}</SectionNotice>
        </div>
      ) : lookup?.result?.status === "ok" ? (
        <div className="mt-6" role="group" aria-labelledby="uppslag-rubrik">
          <h3 id="uppslag-rubrik" className="text-lg font-semibold">
            {t("lookup.heading", { who: lookup.result.shown })}
          </h3>
          <HighCostAccountSummary account={lookup.result.account} whose="looked-up" />
        </div>
      ) : null}
    </>
  );
}
