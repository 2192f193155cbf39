import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckInVisit } from "~/components/check-in-visit";
import { EmptyState, PageSection, SectionNotice } from "~/components/page-section";
import { pageLanguage } from "~/i18n/language.server";
import { metaT } from "~/i18n/meta";
import { requireSession } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle } from "~/utils/site";
import { CheckInMutation, CheckInPageQuery } from "./($lang).checka-in._index.graphql";
import { checkInRefusal, parseCheckInForm, toCheckInPage } from "./($lang).checka-in._index.view";

export const meta: MetaFunction = ({ params }) => [{ title: pageTitle(metaT(params, "checkIn")("meta.title")) }];

const noStore = { "Cache-Control": "private, no-store" };

/** Logged-in residents only: today's visits, their own and their children's under 13. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { lang } = pageLanguage(params, "checkIn");
  const session = await requireSession(request);
  const result = await gatewayRequest({ query: CheckInPageQuery, operationName: "CheckInPage", accessToken: session.accessToken, signal: request.signal });
  const now = new Date();
  return data({ ...toCheckInPage(result, now, lang), renderedAt: now.toISOString() }, { headers: noStore });
}

/**
 * Checks one visit in. The form is checked here; the amount and the window are the API's. Done: to the
 * receipt. Refused: the page again (400) with the API's message beside that visit's form.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const { lang, path } = pageLanguage(params, "checkIn");
  const session = await requireSession(request);
  const form = parseCheckInForm(await request.formData(), lang);
  if (!form.ok) return data({ visitId: form.appointmentId, error: { field: form.field, message: form.message } }, { status: 400, headers: noStore });
  const result = await gatewayRequest({
    query: CheckInMutation,
    operationName: "CheckIn",
    variables: { appointmentId: form.appointmentId, payment: form.payment },
    accessToken: session.accessToken,
    signal: request.signal,
  });
  const done = (result.data?.checkIn as { id?: unknown } | null | undefined)?.id;
  if (typeof done === "string" && result.errors.length === 0) return redirect(path(`/checka-in/kvitto/${encodeURIComponent(done)}`), { headers: noStore });
  return data({ visitId: form.appointmentId, error: checkInRefusal(result, lang) }, { status: 400, headers: noStore });
}

export default function CheckInPage() {
  const { t } = useTranslation("checkIn");
  const view = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const { visits } = view;
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">{t("heading")}</h1>
      <p className="mt-3 max-w-2xl text-lg">{t("intro")}</p>
      {refused && !refused.visitId ? (
        <p role="alert" className="mt-4 border-l-4 border-[#8a1c1c] bg-[#fbeaea] px-3 py-2 font-semibold">
          {refused.error.message}
        </p>
      ) : null}
      <PageSection id="besok-idag" title={t("visits.title")}>
        {visits.status === "unavailable" ? (
          <SectionNotice>{t("visits.unavailable")}</SectionNotice>
        ) : visits.data.length === 0 ? (
          <EmptyState>{t("visits.none")}</EmptyState>
        ) : (
          <ul className="grid gap-4">
            {visits.data.map((visit) => (
              <CheckInVisit key={visit.id} visit={visit} cardCharges={view.cardCharges} error={refused?.visitId === visit.id ? refused.error : null} />
            ))}
          </ul>
        )}
      </PageSection>
    </>
  );
}
