import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { CheckInVisit } from "~/components/check-in-visit";
import { EmptyState, PageSection, SectionNotice } from "~/components/page-section";
import { requireSession } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle } from "~/utils/site";
import { CheckInMutation, CheckInPageQuery } from "./checka-in._index.graphql";
import { checkInRefusal, parseCheckInForm, toCheckInPage } from "./checka-in._index.view";

export const meta: MetaFunction = () => [{ title: pageTitle("Checka in") }];

const noStore = { "Cache-Control": "private, no-store" };

/** Logged-in residents only: today's visits, their own and their children's under 13. */
export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  const result = await gatewayRequest({ query: CheckInPageQuery, operationName: "CheckInPage", accessToken: session.accessToken, signal: request.signal });
  const now = new Date();
  return data({ ...toCheckInPage(result, now), renderedAt: now.toISOString() }, { headers: noStore });
}

/**
 * Checks one visit in. The form is checked here; the amount and the window are the API's. Done: to the
 * receipt. Refused: the page again (400) with the API's message beside that visit's form.
 */
export async function action({ request }: ActionFunctionArgs) {
  const session = await requireSession(request);
  const form = parseCheckInForm(await request.formData());
  if (!form.ok) return data({ visitId: form.appointmentId, error: { field: form.field, message: form.message } }, { status: 400, headers: noStore });
  const result = await gatewayRequest({
    query: CheckInMutation,
    operationName: "CheckIn",
    variables: { appointmentId: form.appointmentId, payment: form.payment },
    accessToken: session.accessToken,
    signal: request.signal,
  });
  const done = (result.data?.checkIn as { id?: unknown } | null | undefined)?.id;
  if (typeof done === "string" && result.errors.length === 0) return redirect(`/checka-in/kvitto/${encodeURIComponent(done)}`, { headers: noStore });
  return data({ visitId: form.appointmentId, error: checkInRefusal(result) }, { status: 400, headers: noStore });
}

export default function CheckInPage() {
  const view = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const { visits } = view;
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">Checka in</h1>
      <p className="mt-3 max-w-2xl text-lg">
        Anmäl att du är här och betala ditt besök. Incheckningen öppnar 30 minuter före besöket. Har du frikort, eller är besöket
        avgiftsfritt, behöver du inte betala.
      </p>
      {refused && !refused.visitId ? (
        <p role="alert" className="mt-4 border-l-4 border-[#8a1c1c] bg-[#fbeaea] px-3 py-2 font-semibold">
          {refused.error.message}
        </p>
      ) : null}
      <PageSection id="besok-idag" title="Dina besök i dag">
        {visits.status === "unavailable" ? (
          <SectionNotice>Dina besök kan inte visas just nu. Försök igen om en stund, eller anmäl dig i receptionen.</SectionNotice>
        ) : visits.data.length === 0 ? (
          <EmptyState>Du har inga bokade besök i dag.</EmptyState>
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
