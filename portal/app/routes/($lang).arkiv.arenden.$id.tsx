import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Trans, useTranslation } from "react-i18next";
import { archiveLabel, archiveOptions, archiveStaffRoles, FieldError, type FieldErrors } from "~/components/archive-labels";
import { ArchiveRequestDetails } from "~/components/archive-request-details";
import { SectionNotice } from "~/components/page-section";
import { pageLanguage } from "~/i18n/language.server";
import { metaT } from "~/i18n/meta";
import { LocaleLink, useLang } from "~/i18n/react";
import { requireRole } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle } from "~/utils/site";
import { AdvanceReleaseRequestMutation, AssignReleaseRequestMutation, StaffReleaseRequestQuery } from "./($lang).arkiv.arenden.$id.graphql";
import { readStepForm, readStepRefusal, toStaffRequestView } from "./($lang).arkiv.arenden.$id.view";

export const meta: MetaFunction<typeof loader> = ({ data, params }) => {
  const t = metaT(params, "archive");
  return [{ title: pageTitle(data?.request.status === "ok" ? t("request.title", { reference: data.request.data.referenceNumber }) : t("request.titleUnknown")) }];
};

const noStore = { "Cache-Control": "private, no-store" };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { lang, t } = pageLanguage(params, "archive");
  const session = await requireRole(request, ...archiveStaffRoles);
  const result = await gatewayRequest({ query: StaffReleaseRequestQuery, operationName: "StaffReleaseRequest", variables: { id: params.id }, accessToken: session.accessToken, signal: request.signal });
  const view = toStaffRequestView(result, lang);
  if (view.status === "missing") throw new Response(t("request.notFound"), { status: 404 });
  return data({ request: view }, { headers: noStore });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { lang, t, path } = pageLanguage(params, "archive");
  const session = await requireRole(request, ...archiveStaffRoles);
  const form = await request.formData();
  const intent = form.get("intent");
  const here = path(`/arkiv/arenden/${encodeURIComponent(params.id ?? "")}`);
  if (intent === "assign" || intent === "unassign") {
    const result = await gatewayRequest({ query: AssignReleaseRequestMutation, operationName: "AssignReleaseRequest", variables: { id: params.id, toMe: intent === "assign" }, accessToken: session.accessToken, signal: request.signal });
    if (result.errors.length) return data({ formError: t("staffRequest.assignFailed"), fieldErrors: {} as FieldErrors, swedish: [] as string[], values: {} as Record<string, string> }, { status: 400, headers: noStore });
    return redirect(here);
  }
  const input = readStepForm(form);
  const result = await gatewayRequest({ query: AdvanceReleaseRequestMutation, operationName: "AdvanceReleaseRequest", variables: { id: params.id, input }, accessToken: session.accessToken, signal: request.signal });
  const refusal = readStepRefusal(result, lang);
  if (refusal) return data({ ...refusal, values: input }, { status: 400, headers: noStore });
  return redirect(here);
}

const field = "mt-1 block w-full rounded border border-line px-3 py-2";

function StepForm({ step, values, errors, swedish }: { step: string; values: Record<string, string>; errors: FieldErrors; swedish: string[] }) {
  const { t } = useTranslation("archive");
  const lang = useLang();
  const aria = (name: string) => ({ "aria-invalid": errors[name]?.length ? true : undefined, "aria-describedby": errors[name]?.length ? `${name}-fel` : undefined });
  const error = (name: string) => <FieldError id={`${name}-fel`} messages={errors[name]} sv={swedish.includes(name)} />;
  const stepName = archiveLabel("step", step, lang);
  return (
    <Form method="post" className="mt-4 grid max-w-xl gap-4 rounded border border-line p-4">
      <input type="hidden" name="step" value={step} />
      <h3 className="text-lg font-semibold">{stepName}</h3>
      {step === "RECORD_HARM_ASSESSMENT" ? (
        <>
          <fieldset {...aria("harmDecision")}>
            <legend className="font-semibold">{t("staffRequest.decision")}</legend>
            {archiveOptions("harmDecision", lang).map(([v, text]) => (
              <label key={v} className="mt-1 flex gap-2"><input type="radio" name="harmDecision" value={v} defaultChecked={values.harmDecision === v} />{text}</label>
            ))}
            {error("harmDecision")}
          </fieldset>
          <div>
            <label htmlFor="harmReasons" className="font-semibold">{t("staffRequest.reasons")}</label>
            <textarea id="harmReasons" name="harmReasons" rows={3} defaultValue={values.harmReasons} className={field} {...aria("harmReasons")} />
            {error("harmReasons")}
          </div>
          <div>
            <label htmlFor="decisionText" className="font-semibold">{t("staffRequest.decisionText")}</label>
            <textarea id="decisionText" name="decisionText" rows={4} defaultValue={values.decisionText} className={field} {...aria("decisionText")} />
            {error("decisionText")}
          </div>
        </>
      ) : null}
      {step === "MARK_SENT" ? (
        <>
          <fieldset {...aria("sentChannel")}>
            <legend className="font-semibold">{t("staffRequest.sentWith")}</legend>
            {archiveOptions("delivery", lang).map(([v, text]) => (
              <label key={v} className="mt-1 flex gap-2"><input type="radio" name="sentChannel" value={v} defaultChecked={values.sentChannel === v} />{text}</label>
            ))}
            {error("sentChannel")}
          </fieldset>
          <div>
            <label htmlFor="sentOn" className="font-semibold">{t("staffRequest.date")}</label>
            <input id="sentOn" name="sentOn" type="date" defaultValue={values.sentOn} className={field} {...aria("sentOn")} />
            {error("sentOn")}
          </div>
        </>
      ) : null}
      <div>
        <label htmlFor={`note-${step}`} className="font-semibold">{t("staffRequest.note")}</label>
        <input id={`note-${step}`} name="note" defaultValue={values.note} className={field} />
      </div>
      <div><button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">{t("staffRequest.save", { step: stepName })}</button></div>
    </Form>
  );
}

export default function StaffReleaseRequest() {
  const { request } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("archive");
  const lang = useLang();
  if (request.status !== "ok") {
    return (
      <>
        <h1 className="text-3xl font-bold text-brand-dark">{t("request.titleUnknown")}</h1>
        <SectionNotice>{t("request.unavailable")}</SectionNotice>
      </>
    );
  }
  const r = request.data;
  return (
    <>
      <p><LocaleLink to="/arkiv/arenden">{t("staffRequest.toQueue")}</LocaleLink></p>
      <h1 className="mt-2 text-3xl font-bold text-brand-dark">{t("request.title", { reference: r.referenceNumber })}</h1>
      <p className="mt-2">
        <Trans
          t={t}
          i18nKey="staffRequest.submittedBy"
          values={{ submitter: r.submitter, assignee: r.assignee ?? t("staffRequest.noAssignee") }}
          components={{ name: <span lang={r.assignee && lang !== "sv" ? "sv" : undefined} /> }}
        />
      </p>
      <Form method="post" className="mt-2">
        <button type="submit" name="intent" value={r.assignee ? "unassign" : "assign"} className="rounded border border-brand px-3 py-1 font-semibold">
          {r.assignee ? t("staffRequest.release") : t("staffRequest.take")}
        </button>
      </Form>
      {result?.formError ? <p role="alert" className="mt-4 font-semibold text-red-800">{result.formError}</p> : null}
      <ArchiveRequestDetails request={r} attachmentHref={(id) => `/arkiv/bilaga/${encodeURIComponent(id)}`} />
      <section aria-labelledby="steg-rubrik" className="mt-8">
        <h2 id="steg-rubrik" className="text-2xl font-bold text-brand-dark">{t("staffRequest.nextSteps")}</h2>
        {r.nextSteps.length === 0 ? <p>{t("staffRequest.closed")}</p> : r.nextSteps.map((s) => <StepForm key={s} step={s} values={result?.values ?? {}} errors={result?.fieldErrors ?? {}} swedish={result?.swedish ?? []} />)}
      </section>
    </>
  );
}
