import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { isRouteErrorResponse, Link, useLoaderData, useRouteError } from "@remix-run/react";
import { describeError } from "@vardportal/web/error-content";
import { ErrorPage } from "~/components/error-page";
import { requireSession } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle } from "~/utils/site";
import { CheckInReceiptQuery } from "./checka-in.kvitto.$id.graphql";
import { toReceipt } from "./checka-in.kvitto.$id.view";

export const meta: MetaFunction = () => [{ title: pageTitle("Kvitto på incheckning") }];

/** Only the patient (or their guardian while the child is under 13) and staff see a receipt; anyone else gets 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  const result = await gatewayRequest({
    query: CheckInReceiptQuery,
    operationName: "CheckInReceipt",
    variables: { id: params.id ?? "" },
    accessToken: session.accessToken,
    signal: request.signal,
  });
  const outcome = toReceipt(result);
  if (outcome.status === "not-found") throw new Response(JSON.stringify({ code: "RECEIPT_NOT_FOUND" }), { status: 404 });
  if (outcome.status === "unavailable") throw new Response(JSON.stringify({ code: "UNAVAILABLE" }), { status: 503 });
  return data(outcome.view, { headers: { "Cache-Control": "private, no-store" } });
}

export default function Receipt() {
  const receipt = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">Du är incheckad</h1>
      {receipt.visit ? (
        <p className="mt-3 text-lg">
          {receipt.visit.patientName}, {receipt.visit.startsAtText} på {receipt.visit.careUnitName}. {receipt.visit.afterText}
        </p>
      ) : null}
      {receipt.notChargedText ? (
        <p role="note" className="mt-4 border-l-4 border-notice-edge bg-notice px-4 py-3">
          {receipt.notChargedText}
        </p>
      ) : null}
      <section aria-labelledby="kvitto-rubrik" className="mt-8 max-w-xl rounded border border-line p-4">
        <h2 id="kvitto-rubrik" className="text-2xl font-bold text-brand-dark">
          Kvitto
        </h2>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
          <dt className="font-semibold">Kvittonummer</dt>
          <dd className="break-all">{receipt.number}</dd>
          <dt className="font-semibold">Incheckad</dt>
          <dd>{receipt.checkedInAtText}</dd>
          <dt className="font-semibold">Belopp</dt>
          <dd>{receipt.amount}</dd>
          <dt className="font-semibold">Betalning</dt>
          <dd>{receipt.paymentText}</dd>
          {receipt.invoiceReference ? (
            <>
              <dt className="font-semibold">Fakturans referensnummer (OCR)</dt>
              <dd data-testid="fakturareferens">{receipt.invoiceReference}</dd>
            </>
          ) : null}
        </dl>
        <p className="mt-3">{receipt.explanation}</p>
        {receipt.invoiceReference ? <p className="mt-2">Fakturan kommer med posten. Ange referensnumret när du betalar.</p> : null}
      </section>
      <p className="mt-6">
        <Link to="/checka-in">Tillbaka till Checka in</Link>
      </p>
    </>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const content =
    isRouteErrorResponse(error) && error.status === 404
      ? { status: 404, title: "Kvittot finns inte", message: "Det finns inget kvitto med det numret som du kan se." }
      : describeError(error);
  return (
    <>
      <ErrorPage {...content} />
      <p className="mt-4">
        <Link to="/checka-in">Till Checka in</Link>
      </p>
    </>
  );
}
