import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { parsePersonnummer, personnummerMessages } from "@vardportal/kit/personnummer";
import { useTranslation } from "react-i18next";
import { FeeAccountLookup, type AccountLookupView } from "~/components/fee-account-lookup";
import { buttonClass, FeeField, inputClass } from "~/components/fee-field";
import { HighCostAccountSummary, HighCostExplanation } from "~/components/fee-high-cost";
import { FeeQuoteForm, FeeQuoteResult, FeeQuoteUnavailable } from "~/components/fee-quote-form";
import { FeeTable } from "~/components/fee-table";
import { Localized } from "~/components/localized";
import { EmptyState, PageSection, SectionNotice } from "~/components/page-section";
import { pageLanguage } from "~/i18n/language.server";
import { intlLocale } from "~/i18n/languages";
import { metaT } from "~/i18n/meta";
import { useLang } from "~/i18n/react";
import { getViewer, hasRole, requireRole } from "~/utils/auth.server";
import { formatIsoDate } from "~/utils/format";
import { gatewayRequest } from "~/utils/gateway.server";
import { formatPersonnummer, type Role } from "~/utils/roles";
import { readSection } from "~/utils/section";
import { pageTitle, site } from "~/utils/site";
import { FeeQuoteCheckQuery, FeesPageQuery, HighCostLookupQuery } from "./($lang).avgifter.graphql";
import {
  Account,
  emptyQuoteValues,
  FeeLabels,
  isQuoteRequested,
  quoteAddress,
  readQuoteValues,
  readTableParams,
  refusedFields,
  toAccountView,
  toFeesPageView,
  toQuoteInput,
  visitKindNames,
  type FieldErrors,
  type QuoteFormValues,
} from "./($lang).avgifter.view";

export const meta: MetaFunction = ({ params }) => {
  const t = metaT(params, "fees");
  return [{ title: pageTitle(t("meta.title")) }, { name: "description", content: t("meta.description", { owner: site.owner }) }];
};

/** Who may look up someone else's high-cost account (the fees subgraph checks the same roles). */
const lookupRoles: Role[] = ["staff", "editor", "admin"];

const swedishToday = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(new Date());

type Session = Awaited<ReturnType<typeof getViewer>>["session"];
/** A logged-in resident's own number: their quotes may use their account, and they have one to show. */
const ownPersonnummer = (session: Session) => (session && hasRole(session, "resident") ? (session.user.personnummer ?? null) : null);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { lang } = pageLanguage(params, "fees");
  const { session, headers } = await getViewer(request);
  const search = new URL(request.url).searchParams;
  const today = swedishToday();
  const table = readTableParams(search, { region: site.region, today }, lang);
  const quoteAsked = isQuoteRequested(search);
  const values = quoteAsked ? readQuoteValues(search, { fromAddress: true }) : emptyQuoteValues(today);
  const own = ownPersonnummer(session);
  const quote = toQuoteInput(table.region, values, own);
  const result = await gatewayRequest({
    query: FeesPageQuery,
    operationName: "FeesPage",
    variables: {
      region: table.region,
      on: table.on,
      withQuote: quoteAsked,
      quote: quote.input,
      withAccount: !!own,
    },
    accessToken: session?.accessToken,
    signal: request.signal,
  });
  if (session) headers.set("Cache-Control", "private, no-store");
  const view = toFeesPageView(result, { ...table, today, quoteAsked, accountAsked: !!own, lang });
  return data({ ...view, values, canUseOwnAccount: !!own, canLookUp: hasRole(session, ...lookupRoles) }, { headers });
}

const noStore = { "Cache-Control": "private, no-store" };
const formText = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.trim().slice(0, 64) : "";
};

type ActionResult = { quote: { values: QuoteFormValues; errors: FieldErrors } } | { lookup: AccountLookupView };

type PageLanguage = ReturnType<typeof pageLanguage<"fees">>;

/** The quote form: checked here and by the API; a good one moves to the address that shows its answer. */
async function quoteAction(request: Request, form: FormData, { lang, t, path }: PageLanguage) {
  const { session, headers } = await getViewer(request);
  headers.set("Cache-Control", noStore["Cache-Control"]);
  const region = formText(form, "region") || site.region;
  const values = readQuoteValues(form, { fromAddress: false });
  const prepared = toQuoteInput(region, values, ownPersonnummer(session));
  const refuse = (errors: FieldErrors, status: number) => data<ActionResult>({ quote: { values, errors } }, { status, headers });
  const result = await gatewayRequest({
    query: FeeQuoteCheckQuery,
    operationName: "FeeQuoteCheck",
    variables: { quote: prepared.input },
    accessToken: session?.accessToken,
    signal: request.signal,
  });
  const refused = refusedFields(result, "feeQuote", lang);
  if (refused) return refuse(refused, 400);
  if (!result.data?.feeQuote) return refuse({ form: t("quote.unavailable") }, 503);
  return redirect(path(quoteAddress(region, values, prepared)), { status: 303, headers });
}

/** Staff look up an account by personnummer; the answer is this response, never an address. */
async function lookupAction(request: Request, form: FormData, { lang }: PageLanguage) {
  const session = await requireRole(request, ...lookupRoles);
  const region = formText(form, "region") || site.region;
  const typed = formText(form, "personnummer");
  const answer = (lookup: AccountLookupView, status = 200) => data<ActionResult>({ lookup }, { status, headers: noStore });
  const parsed = parsePersonnummer(typed);
  if (!parsed.ok) return answer({ personnummer: typed, error: personnummerMessages[parsed.problem][lang], result: null }, 400);
  const result = await gatewayRequest({
    query: HighCostLookupQuery,
    operationName: "HighCostLookup",
    variables: { region, personnummer: parsed.personnummer.value },
    accessToken: session.accessToken,
    signal: request.signal,
  });
  const refused = refusedFields(result, "highCostAccount", lang);
  if (refused) return answer({ personnummer: typed, error: refused.form ?? Object.values(refused)[0], result: null }, 400);
  const account = readSection(result, "highCostAccount", Account);
  if (account.status === "unavailable" || !account.data) return answer({ personnummer: typed, result: { status: "unavailable" } }, 503);
  const schedule = readSection(result, "currentFeeSchedule", FeeLabels);
  const labels = visitKindNames(schedule.status === "ok" && schedule.data ? schedule.data.items : [], lang);
  return answer({
    personnummer: typed,
    result: { status: "ok", shown: formatPersonnummer(parsed.personnummer.value), account: toAccountView(account.data, labels, lang) },
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const language = pageLanguage(params, "fees");
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "quote") return quoteAction(request, form, language);
  if (intent === "lookup") return lookupAction(request, form, language);
  throw new Response(language.t("unknownForm"), { status: 400 });
}

export default function FeesPage() {
  const { t } = useTranslation("fees");
  const lang = useLang();
  const view = useLoaderData<typeof loader>();
  const acted = useActionData<typeof action>() as ActionResult | undefined;
  const quoteForm = acted && "quote" in acted ? acted.quote : { values: view.values, errors: view.quote.status === "invalid" ? view.quote.errors : {} };
  const lookup = acted && "lookup" in acted ? acted.lookup : null;
  const table = view.schedule.status === "ok" ? view.schedule.data : null;
  const kinds = (table?.items ?? []).filter((item) => item.key !== "MISSED_VISIT").map(({ key, label }) => ({ key, label }));
  const regionName = t("regionName", { region: view.region });
  // A region's name is Swedish in both languages.
  const svOnEnglish = lang === "sv" ? undefined : "sv";

  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">{t("heading")}</h1>
      <p className="mt-3 max-w-2xl text-lg">{t("intro")}</p>

      <Form method="get" className="mt-6 flex max-w-3xl flex-wrap items-end gap-x-6" aria-label={t("tableForm.label")}>
        <FeeField id="tabell-region" label={t("tableForm.region")}>
          {(aria) => (
            <select {...aria} name="region" defaultValue={view.region} className={inputClass}>
              {view.regions.map((region) => (
                <option key={region} value={region} lang={svOnEnglish}>
                  {region}
                </option>
              ))}
            </select>
          )}
        </FeeField>
        <FeeField id="tabell-datum" label={t("tableForm.date")} error={view.dateError ?? undefined}>
          {(aria) => <input {...aria} type="date" name="datum" defaultValue={view.dateValue || view.on} className={inputClass} />}
        </FeeField>
        <button type="submit" className={buttonClass}>
          {t("tableForm.submit")}
        </button>
      </Form>

      <PageSection id="avgiftstabell" title={t("table.title", { region: regionName })}>
        {view.schedule.status === "unavailable" ? (
          <SectionNotice>{t("table.unavailable")}</SectionNotice>
        ) : !table ? (
          <EmptyState>{t("table.none", { region: regionName, date: formatIsoDate(view.on, lang) })}</EmptyState>
        ) : (
          <>
            <h3 className="text-lg font-semibold">
              <Localized text={table.title} />
            </h3>
            <p className="text-muted">
              {table.validity}
              {view.isToday ? "" : ` ${t("table.shownFor", { date: formatIsoDate(view.on, lang) })}`}
            </p>
            {table.exemptions.map((sentence) => (
              <p key={sentence} className="mt-2">
                {sentence}
              </p>
            ))}
            {table.items.length === 0 ? (
              <EmptyState>{t("table.empty")}</EmptyState>
            ) : (
              <FeeTable
                caption={
                  <>
                    <Localized text={table.title} />, {table.validity.charAt(0).toLocaleLowerCase(intlLocale[lang]) + table.validity.slice(1)}
                  </>
                }
                items={table.items}
              />
            )}
            <p className="mt-4 max-w-2xl">{t("table.digital")}</p>
          </>
        )}
      </PageSection>

      <PageSection id="din-kostnad" title={t("quote.title")}>
        <FeeQuoteForm region={view.region} kinds={kinds} values={quoteForm.values} errors={quoteForm.errors} canUseOwnAccount={view.canUseOwnAccount} />
        {!acted && view.quote.status === "ok" ? <FeeQuoteResult result={view.quote.result} /> : null}
        {!acted && view.quote.status === "unavailable" ? <FeeQuoteUnavailable /> : null}
      </PageSection>

      <PageSection id="hogkostnadsskydd" title={t("highCost.title")}>
        {table ? (
          <HighCostExplanation limit={table.highCostLimit} months={table.highCostMonths} missedVisitFee={table.missedVisitFee} />
        ) : (
          <p className="max-w-2xl">{t("highCost.general")}</p>
        )}
      </PageSection>

      {view.account ? (
        <PageSection id="mitt-hogkostnadsskydd" title={t("account.title")}>
          {view.account.status === "unavailable" ? (
            <SectionNotice>{t("account.unavailable")}</SectionNotice>
          ) : view.account.data ? (
            <HighCostAccountSummary account={view.account.data} whose="own" />
          ) : (
            <EmptyState>{t("account.none")}</EmptyState>
          )}
        </PageSection>
      ) : null}

      {view.canLookUp ? (
        <PageSection id="sla-upp" title={t("lookup.title")}>
          <FeeAccountLookup region={view.region} lookup={lookup} />
        </PageSection>
      ) : null}
    </>
  );
}
