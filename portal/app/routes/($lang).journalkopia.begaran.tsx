import {
  data,
  redirect,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  MaxPartSizeExceededError,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { deliveryLabels, FieldError, legalBasisLabels, subjectLabels } from "~/components/archive-labels";
import { requireRole } from "~/utils/auth.server";
import { env } from "~/utils/env.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle } from "~/utils/site";
import { SubmitReleaseRequestMutation } from "./journalkopia.begaran.graphql";
import { readRequestForm, readSubmitResult, readUploadRefusal, toRequestInput, type FieldErrors, type RequestValues } from "./journalkopia.begaran.view";

export const meta: MetaFunction = () => [{ title: pageTitle("Beställ kopia av journal") }];

const MAX_FILE_BYTES = 10 * 1024 * 1024;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "resident");
  return data({ ok: true }, { headers: { "Cache-Control": "private, no-store" } });
}

/** Sends the file to the gateway's upload endpoint (GraphQL cannot carry it); the id, or the message to show. */
async function uploadAttachment(file: File, accessToken: string): Promise<{ id: string } | { error: string }> {
  const response = await fetch(env.GATEWAY_URL.replace(/\/graphql$/, "/attachments"), {
    method: "POST",
    headers: { authorization: `Bearer ${accessToken}`, "content-type": "application/octet-stream", "x-attachment-name": encodeURIComponent(file.name) },
    body: new Uint8Array(await file.arrayBuffer()),
  }).catch(() => null);
  if (!response) return { error: "Filen kunde inte tas emot just nu. Försök igen om en stund." };
  const body: unknown = await response.json().catch(() => null);
  const id = (body as { id?: unknown } | null)?.id;
  return response.status === 201 && typeof id === "string" ? { id } : { error: readUploadRefusal(body) };
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await requireRole(request, "resident");
  const noStore = { "Cache-Control": "private, no-store" };
  let form: FormData;
  try {
    form = await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize: MAX_FILE_BYTES }));
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) {
      return data({ values: {} as RequestValues, fieldErrors: { attachment: ["Filen är större än 10 MB."] } as FieldErrors, failed: false }, { status: 400, headers: noStore });
    }
    throw error;
  }
  const values = readRequestForm(form);
  const file = form.get("attachment");
  const attachmentIds: string[] = [];
  if (file instanceof File && file.size > 0) {
    const uploaded = await uploadAttachment(file, session.accessToken);
    if ("error" in uploaded) return data({ values, fieldErrors: { attachment: [uploaded.error] } as FieldErrors, failed: false }, { status: 400, headers: noStore });
    attachmentIds.push(uploaded.id);
  }
  const result = readSubmitResult(
    await gatewayRequest({ query: SubmitReleaseRequestMutation, operationName: "SubmitReleaseRequest", variables: { input: toRequestInput(values, attachmentIds) }, accessToken: session.accessToken, signal: request.signal }),
  );
  if ("id" in result) return redirect(`/mina-arenden/${result.id}?skickad=1`);
  if ("fieldErrors" in result) return data({ values, fieldErrors: result.fieldErrors, failed: false }, { status: 400, headers: noStore });
  return data({ values, fieldErrors: {} as FieldErrors, failed: true }, { status: 503, headers: noStore });
}

function TextField({ name, label, values, errors, type = "text", hint, multiline }: { name: keyof RequestValues; label: string; values: RequestValues; errors: FieldErrors; type?: string; hint?: string; multiline?: boolean }) {
  const invalid = !!errors[name]?.length;
  const describedBy = [hint ? `${name}-hint` : null, invalid ? `${name}-fel` : null].filter(Boolean).join(" ") || undefined;
  const common = { id: name, name, defaultValue: values[name] ?? "", "aria-invalid": invalid || undefined, "aria-describedby": describedBy, className: "mt-1 block w-full rounded border border-line px-3 py-2" };
  return (
    <div>
      <label htmlFor={name} className="font-semibold">{label}</label>
      {hint ? <p id={`${name}-hint`} className="text-muted">{hint}</p> : null}
      {multiline ? <textarea rows={3} {...common} /> : <input type={type} {...common} />}
      <FieldError id={`${name}-fel`} messages={errors[name]} />
    </div>
  );
}

function Choice({ name, legend, options, values, errors }: { name: keyof RequestValues; legend: string; options: Record<string, string>; values: RequestValues; errors: FieldErrors }) {
  const invalid = !!errors[name]?.length;
  return (
    <fieldset aria-invalid={invalid || undefined} aria-describedby={invalid ? `${name}-fel` : undefined}>
      <legend className="font-semibold">{legend}</legend>
      {Object.entries(options).map(([value, text]) => (
        <label key={value} className="mt-1 flex items-start gap-2">
          <input type="radio" name={name} value={value} defaultChecked={values[name] === value} className="mt-1" />
          <span>{text}</span>
        </label>
      ))}
      <FieldError id={`${name}-fel`} messages={errors[name]} />
    </fieldset>
  );
}

export default function ReleaseRequestForm() {
  useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const values = result?.values ?? {};
  const errors = result?.fieldErrors ?? {};
  const count = Object.keys(errors).length;
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">Beställ kopia av journal från Regionarkivet</h1>
      <p className="mt-3 max-w-2xl text-lg">Fält med * måste fyllas i. Du får ett ärendenummer och kan följa ärendet under Mina ärenden.</p>
      {count ? (
        <div role="alert" className="mt-4 border-l-4 border-red-800 bg-red-50 px-4 py-3">
          <h2 className="font-semibold">Beställningen skickades inte: {count === 1 ? "ett fält" : `${count} fält`} behöver rättas.</h2>
        </div>
      ) : null}
      {result?.failed ? <p role="alert" className="mt-4 font-semibold">Beställningen kunde inte skickas just nu. Försök igen om en stund.</p> : null}
      <Form method="post" encType="multipart/form-data" className="mt-6 grid max-w-2xl gap-6" noValidate>
        <Choice name="subject" legend="Vems journal gäller det? *" options={subjectLabels} values={values} errors={errors} />
        <TextField name="patientName" label="Personens namn (om det inte är du)" values={values} errors={errors} />
        <TextField name="patientPersonnummer" label="Personens personnummer (om det inte är du)" hint="ÅÅÅÅMMDD-XXXX" values={values} errors={errors} />
        <TextField name="periodFrom" label="Period från *" type="date" hint="Ange perioden, eller datum för skadan nedan." values={values} errors={errors} />
        <TextField name="periodTo" label="Period till" type="date" values={values} errors={errors} />
        <TextField name="injuryDate" label="Datum för skadan" type="date" values={values} errors={errors} />
        <TextField name="injuryOrCause" label="Skada eller orsak till vården *" multiline values={values} errors={errors} />
        <TextField name="careUnit" label="Vårdenhet *" hint="Till exempel Ortopedkliniken, Sunderby sjukhus." values={values} errors={errors} />
        <Choice name="legalBasis" legend="Grund för begäran *" options={legalBasisLabels} values={values} errors={errors} />
        <div>
          <label htmlFor="attachment" className="font-semibold">Fullmakt eller samtycke</label>
          <p id="attachment-hint" className="text-muted">Krävs när du begär någon annans journal. PDF, JPEG eller PNG, högst 10 MB.</p>
          <input
            id="attachment"
            name="attachment"
            type="file"
            accept="application/pdf,image/jpeg,image/png"
            aria-invalid={errors.attachment?.length ? true : undefined}
            aria-describedby={errors.attachment?.length ? "attachment-hint attachment-fel" : "attachment-hint"}
            className="mt-1 block"
          />
          <FieldError id="attachment-fel" messages={errors.attachment} />
        </div>
        <Choice name="deliveryWanted" legend="Hur vill du få kopian? *" options={deliveryLabels} values={values} errors={errors} />
        <TextField name="otherInformation" label="Något mer vi behöver veta?" multiline values={values} errors={errors} />
        <div>
          <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">Skicka beställningen</button>
        </div>
      </Form>
    </>
  );
}
