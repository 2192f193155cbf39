import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { isRouteErrorResponse, useLoaderData, useRouteError } from "@remix-run/react";
import { describeError } from "@vardportal/web/error-content";
import { Trans, useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { Localized } from "~/components/localized";
import { pageLanguage } from "~/i18n/language.server";
import { metaT } from "~/i18n/meta";
import { LocaleLink, useLang } from "~/i18n/react";
import { requireSession } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle } from "~/utils/site";
import { CheckInReceiptQuery } from "./($lang).checka-in.kvitto.$id.graphql";
import { toReceipt } from "./($lang).checka-in.kvitto.$id.view";

export const meta: MetaFunction = ({ params }) => [{ title: pageTitle(metaT(params, "checkIn")("receipt.metaTitle")) }];

/** Only the patient (or their guardian while the child is under 13) and staff see a receipt; anyone else gets 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { lang } = pageLanguage(params, "checkIn");
  const session = await requireSession(request);
  const result = await gatewayRequest({
    query: CheckInReceiptQuery,
    operationName: "CheckInReceipt",
    variables: { id: params.id ?? "" },
    accessToken: session.accessToken,
    signal: request.signal,
  });
  const outcome = toReceipt(result, lang);
  if (outcome.status === "not-found") throw new Response(JSON.stringify({ code: "RECEIPT_NOT_FOUND" }), { status: 404 });
  if (outcome.status === "unavailable") throw new Response(JSON.stringify({ code: "UNAVAILABLE" }), { status: 503 });
  return data(outcome.view, { headers: { "Cache-Control": "private, no-store" } });
}

export default function Receipt() {
  const { t } = useTranslation("checkIn");
  const receipt = useLoaderData<typeof loader>();
  // People's and care units' names are Swedish in both languages.
  const svName = useLang() === "sv" ? undefined : "sv";
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">{t("receipt.heading")}</h1>
      {receipt.visit ? (
        <p className="mt-3 text-lg">
          <Trans
            t={t}
            i18nKey="receipt.visit"
            values={{ patient: receipt.visit.patientName, time: receipt.visit.startsAtText, unit: receipt.visit.careUnitName }}
            components={{ patient: <span lang={svName} />, unit: <span lang={svName} /> }}
          />{" "}
          {receipt.visit.afterText}
        </p>
      ) : null}
      {receipt.notChargedText ? (
        <p role="note" className="mt-4 border-l-4 border-notice-edge bg-notice px-4 py-3">
          {receipt.notChargedText}
        </p>
      ) : null}
      <section aria-labelledby="kvitto-rubrik" className="mt-8 max-w-xl rounded border border-line p-4">
        <h2 id="kvitto-rubrik" className="text-2xl font-bold text-brand-dark">
          {t("receipt.title")}
        </h2>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
          <dt className="font-semibold">{t("receipt.number")}</dt>
          <dd className="break-all">{receipt.number}</dd>
          <dt className="font-semibold">{t("receipt.checkedInAt")}</dt>
          <dd>{receipt.checkedInAtText}</dd>
          <dt className="font-semibold">{t("receipt.amount")}</dt>
          <dd>{receipt.amount}</dd>
          <dt className="font-semibold">{t("receipt.payment")}</dt>
          <dd>{receipt.paymentText}</dd>
          {receipt.invoiceReference ? (
            <>
              <dt className="font-semibold">{t("receipt.invoiceReference")}</dt>
              <dd data-testid="fakturareferens">{receipt.invoiceReference}</dd>
            </>
          ) : null}
        </dl>
        <p className="mt-3">
          <Localized text={receipt.explanation} />
        </p>
        {receipt.invoiceReference ? <p className="mt-2">{t("receipt.invoiceByPost")}</p> : null}
      </section>
      <p className="mt-6">
        <LocaleLink to="/checka-in">{t("receipt.back")}</LocaleLink>
      </p>
    </>
  );
}

export function ErrorBoundary() {
  const { t } = useTranslation("checkIn");
  const error = useRouteError();
  const content =
    isRouteErrorResponse(error) && error.status === 404
      ? { status: 404, caseKey: "page", title: t("receipt.notFoundTitle"), message: t("receipt.notFoundMessage") }
      : describeError(error);
  return (
    <>
      <ErrorPage {...content} />
      <p className="mt-4">
        <LocaleLink to="/checka-in">{t("receipt.toCheckIn")}</LocaleLink>
      </p>
    </>
  );
}
