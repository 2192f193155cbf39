import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { archiveStaffRoles, deliveryLabels, FieldError, harmDecisionLabels, stepLabels } from "~/components/archive-labels";
import { ArchiveRequestDetails } from "~/components/archive-request-details";
import { SectionNotice } from "~/components/page-section";
import { requireRole } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle } from "~/utils/site";
import { AdvanceReleaseRequestMutation, AssignReleaseRequestMutation, StaffReleaseRequestQuery } from "./arkiv.arenden.$id.graphql";
import { readStepForm, readStepRefusal, toStaffRequestView } from "./arkiv.arenden.$id.view";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: pageTitle(data?.request.status === "ok" ? `Ärende ${data.request.data.referenceNumber}` : "Ärende") }];

const noStore = { "Cache-Control": "private, no-store" };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireRole(request, ...archiveStaffRoles);
  const result = await gatewayRequest({ query: StaffReleaseRequestQuery, operationName: "StaffReleaseRequest", variables: { id: params.id }, accessToken: session.accessToken, signal: request.signal });
  const view = toStaffRequestView(result);
  if (view.status === "missing") throw new Response("Ärendet finns inte.", { status: 404 });
  return data({ request: view }, { headers: noStore });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const session = await requireRole(request, ...archiveStaffRoles);
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "assign" || intent === "unassign") {
    const result = await gatewayRequest({ query: AssignReleaseRequestMutation, operationName: "AssignReleaseRequest", variables: { id: params.id, toMe: intent === "assign" }, accessToken: session.accessToken, signal: request.signal });
    if (result.errors.length) return data({ formError: "Tilldelningen kunde inte sparas.", fieldErrors: {} as Record<string, string[]>, values: {} as Record<string, string> }, { status: 400, headers: noStore });
    return redirect(`/arkiv/arenden/${params.id}`);
  }
  const input = readStepForm(form);
  const result = await gatewayRequest({ query: AdvanceReleaseRequestMutation, operationName: "AdvanceReleaseRequest", variables: { id: params.id, input }, accessToken: session.accessToken, signal: request.signal });
  const refusal = readStepRefusal(result);
  if (refusal) return data({ ...refusal, values: input }, { status: 400, headers: noStore });
  return redirect(`/arkiv/arenden/${params.id}`);
}

const field = "mt-1 block w-full rounded border border-line px-3 py-2";

function StepForm({ step, values, errors }: { step: string; values: Record<string, string>; errors: Record<string, string[]> }) {
  const aria = (name: string) => ({ "aria-invalid": errors[name]?.length ? true : undefined, "aria-describedby": errors[name]?.length ? `${name}-fel` : undefined });
  return (
    <Form method="post" className="mt-4 grid max-w-xl gap-4 rounded border border-line p-4">
      <input type="hidden" name="step" value={step} />
      <h3 className="text-lg font-semibold">{stepLabels[step] ?? step}</h3>
      {step === "RECORD_HARM_ASSESSMENT" ? (
        <>
          <fieldset {...aria("harmDecision")}>
            <legend className="font-semibold">Beslut</legend>
            {Object.entries(harmDecisionLabels).map(([v, t]) => (
              <label key={v} className="mt-1 flex gap-2"><input type="radio" name="harmDecision" value={v} defaultChecked={values.harmDecision === v} />{t}</label>
            ))}
            <FieldError id="harmDecision-fel" messages={errors.harmDecision} />
          </fieldset>
          <div>
            <label htmlFor="harmReasons" className="font-semibold">Skäl</label>
            <textarea id="harmReasons" name="harmReasons" rows={3} defaultValue={values.harmReasons} className={field} {...aria("harmReasons")} />
            <FieldError id="harmReasons-fel" messages={errors.harmReasons} />
          </div>
          <div>
            <label htmlFor="decisionText" className="font-semibold">Beslutstext vid avslag (med hur man överklagar)</label>
            <textarea id="decisionText" name="decisionText" rows={4} defaultValue={values.decisionText} className={field} {...aria("decisionText")} />
            <FieldError id="decisionText-fel" messages={errors.decisionText} />
          </div>
        </>
      ) : null}
      {step === "MARK_SENT" ? (
        <>
          <fieldset {...aria("sentChannel")}>
            <legend className="font-semibold">Skickad med</legend>
            {Object.entries(deliveryLabels).map(([v, t]) => (
              <label key={v} className="mt-1 flex gap-2"><input type="radio" name="sentChannel" value={v} defaultChecked={values.sentChannel === v} />{t}</label>
            ))}
            <FieldError id="sentChannel-fel" messages={errors.sentChannel} />
          </fieldset>
          <div>
            <label htmlFor="sentOn" className="font-semibold">Datum</label>
            <input id="sentOn" name="sentOn" type="date" defaultValue={values.sentOn} className={field} {...aria("sentOn")} />
            <FieldError id="sentOn-fel" messages={errors.sentOn} />
          </div>
        </>
      ) : null}
      <div>
        <label htmlFor={`note-${step}`} className="font-semibold">Anteckning</label>
        <input id={`note-${step}`} name="note" defaultValue={values.note} className={field} />
      </div>
      <div><button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">Spara: {stepLabels[step] ?? step}</button></div>
    </Form>
  );
}

export default function StaffReleaseRequest() {
  const { request } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  if (request.status !== "ok") {
    return (
      <>
        <h1 className="text-3xl font-bold text-brand-dark">Ärende</h1>
        <SectionNotice>Ärendet kan inte visas just nu. Försök igen om en stund.</SectionNotice>
      </>
    );
  }
  const r = request.data;
  return (
    <>
      <p><Link to="/arkiv/arenden">Till ärendekön</Link></p>
      <h1 className="mt-2 text-3xl font-bold text-brand-dark">Ärende {r.referenceNumber}</h1>
      <p className="mt-2">Inskickat av {r.submitter}. Handläggare: {r.assignee ?? "ingen"}.</p>
      <Form method="post" className="mt-2">
        <button type="submit" name="intent" value={r.assignee ? "unassign" : "assign"} className="rounded border border-brand px-3 py-1 font-semibold">
          {r.assignee ? "Släpp ärendet" : "Ta ärendet"}
        </button>
      </Form>
      {result?.formError ? <p role="alert" className="mt-4 font-semibold text-red-800">{result.formError}</p> : null}
      <ArchiveRequestDetails request={r} attachmentHref={(id) => `/arkiv/bilaga/${encodeURIComponent(id)}`} />
      <section aria-labelledby="steg-rubrik" className="mt-8">
        <h2 id="steg-rubrik" className="text-2xl font-bold text-brand-dark">Nästa steg</h2>
        {r.nextSteps.length === 0 ? <p>Ärendet är avslutat.</p> : r.nextSteps.map((s) => <StepForm key={s} step={s} values={result?.values ?? {}} errors={result?.fieldErrors ?? {}} />)}
      </section>
    </>
  );
}
