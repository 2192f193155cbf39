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
import { useTranslation } from "react-i18next";
import { archiveOptions, FieldError } from "~/components/archive-labels";
import { pageLanguage } from "~/i18n/language.server";
import { metaT } from "~/i18n/meta";
import { useLang } from "~/i18n/react";
import type { Resources } from "~/i18n/namespaces";
import { requireRole } from "~/utils/auth.server";
import { env } from "~/utils/env.server";
import { tFor } from "~/i18n/instance";
import type { Lang } from "~/i18n/languages";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle } from "~/utils/site";
import { SubmitReleaseRequestMutation } from "./($lang).journalkopia.begaran.graphql";
import { readRequestForm, readSubmitResult, readUploadRefusal, toRequestInput, type FieldErrors, type RequestValues } from "./($lang).journalkopia.begaran.view";

export const meta: MetaFunction = ({ params }) => [{ title: pageTitle(metaT(params, "recordCopy")("form.title")) }];

const MAX_FILE_BYTES = 10 * 1024 * 1024;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "resident");
  return data({ ok: true }, { headers: { "Cache-Control": "private, no-store" } });
}

/** Sends the file to the gateway's upload endpoint (GraphQL cannot carry it); the id, or the message to show. */
async function uploadAttachment(file: File, accessToken: string, lang: Lang): Promise<{ id: string } | { error: string }> {
  const response = await fetch(env.GATEWAY_URL.replace(/\/graphql$/, "/attachments"), {
    method: "POST",
    headers: { authorization: `Bearer ${accessToken}`, "content-type": "application/octet-stream", "x-attachment-name": encodeURIComponent(file.name) },
    body: new Uint8Array(await file.arrayBuffer()),
  }).catch(() => null);
  if (!response) return { error: tFor(lang, "recordCopy")("form.fileNotReceived") };
  const body: unknown = await response.json().catch(() => null);
  const id = (body as { id?: unknown } | null)?.id;
  return response.status === 201 && typeof id === "string" ? { id } : { error: readUploadRefusal(body, lang) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { lang, t, path } = pageLanguage(params, "recordCopy");
  const session = await requireRole(request, "resident");
  const noStore = { "Cache-Control": "private, no-store" };
  let form: FormData;
  try {
    form = await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize: MAX_FILE_BYTES }));
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) {
      return data({ values: {} as RequestValues, fieldErrors: { attachment: [t("form.fileTooLarge")] } as FieldErrors, swedish: [] as string[], failed: false }, { status: 400, headers: noStore });
    }
    throw error;
  }
  const values = readRequestForm(form);
  const file = form.get("attachment");
  const attachmentIds: string[] = [];
  if (file instanceof File && file.size > 0) {
    const uploaded = await uploadAttachment(file, session.accessToken, lang);
    if ("error" in uploaded) return data({ values, fieldErrors: { attachment: [uploaded.error] } as FieldErrors, swedish: [] as string[], failed: false }, { status: 400, headers: noStore });
    attachmentIds.push(uploaded.id);
  }
  const result = readSubmitResult(
    await gatewayRequest({ query: SubmitReleaseRequestMutation, operationName: "SubmitReleaseRequest", variables: { input: toRequestInput(values, attachmentIds) }, accessToken: session.accessToken, signal: request.signal }),
    lang,
  );
  if ("id" in result) return redirect(path(`/mina-arenden/${encodeURIComponent(result.id)}?skickad=1`));
  if ("fieldErrors" in result) return data({ values, fieldErrors: result.fieldErrors, swedish: result.swedish, failed: false }, { status: 400, headers: noStore });
  return data({ values, fieldErrors: {} as FieldErrors, swedish: [] as string[], failed: true }, { status: 503, headers: noStore });
}

type FormKey = keyof Resources["recordCopy"]["form"];
type FieldProps = { values: RequestValues; errors: FieldErrors; swedish: string[] };

function TextField({ name, values, errors, swedish, type = "text", hint, multiline }: FieldProps & { name: keyof RequestValues & FormKey; type?: string; hint?: FormKey; multiline?: boolean }) {
  const { t } = useTranslation("recordCopy");
  const invalid = !!errors[name]?.length;
  const describedBy = [hint ? `${name}-hint` : null, invalid ? `${name}-fel` : null].filter(Boolean).join(" ") || undefined;
  const common = { id: name, name, defaultValue: values[name] ?? "", "aria-invalid": invalid || undefined, "aria-describedby": describedBy, className: "mt-1 block w-full rounded border border-line px-3 py-2" };
  return (
    <div>
      <label htmlFor={name} className="font-semibold">{t(`form.${name}`)}</label>
      {hint ? <p id={`${name}-hint`} className="text-muted">{t(`form.${hint}`)}</p> : null}
      {multiline ? <textarea rows={3} {...common} /> : <input type={type} {...common} />}
      <FieldError id={`${name}-fel`} messages={errors[name]} sv={swedish.includes(name)} />
    </div>
  );
}

function Choice({ name, options, values, errors, swedish }: FieldProps & { name: keyof RequestValues & FormKey; options: [string, string][] }) {
  const { t } = useTranslation("recordCopy");
  const invalid = !!errors[name]?.length;
  return (
    <fieldset aria-invalid={invalid || undefined} aria-describedby={invalid ? `${name}-fel` : undefined}>
      <legend className="font-semibold">{t(`form.${name}`)}</legend>
      {options.map(([value, text]) => (
        <label key={value} className="mt-1 flex items-start gap-2">
          <input type="radio" name={name} value={value} defaultChecked={values[name] === value} className="mt-1" />
          <span>{text}</span>
        </label>
      ))}
      <FieldError id={`${name}-fel`} messages={errors[name]} sv={swedish.includes(name)} />
    </fieldset>
  );
}

export default function ReleaseRequestForm() {
  useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("recordCopy");
  const lang = useLang();
  const values = result?.values ?? {};
  const errors = result?.fieldErrors ?? {};
  const swedish = result?.swedish ?? [];
  const field = { values, errors, swedish };
  const count = Object.keys(errors).length;
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">{t("form.heading")}</h1>
      <p className="mt-3 max-w-2xl text-lg">{t("form.intro")}</p>
      {count ? (
        <div role="alert" className="mt-4 border-l-4 border-red-800 bg-red-50 px-4 py-3">
          <h2 className="font-semibold">{t("form.errorSummary", { count })}</h2>
        </div>
      ) : null}
      {result?.failed ? <p role="alert" className="mt-4 font-semibold">{t("form.failed")}</p> : null}
      <Form method="post" encType="multipart/form-data" className="mt-6 grid max-w-2xl gap-6" noValidate>
        <Choice name="subject" options={archiveOptions("subject", lang)} {...field} />
        <TextField name="patientName" {...field} />
        <TextField name="patientPersonnummer" hint="patientPersonnummerHint" {...field} />
        <TextField name="periodFrom" type="date" hint="periodFromHint" {...field} />
        <TextField name="periodTo" type="date" {...field} />
        <TextField name="injuryDate" type="date" {...field} />
        <TextField name="injuryOrCause" multiline {...field} />
        <TextField name="careUnit" hint="careUnitHint" {...field} />
        <Choice name="legalBasis" options={archiveOptions("legalBasis", lang)} {...field} />
        <div>
          <label htmlFor="attachment" className="font-semibold">{t("form.attachment")}</label>
          <p id="attachment-hint" className="text-muted">{t("form.attachmentHint")}</p>
          <input
            id="attachment"
            name="attachment"
            type="file"
            accept="application/pdf,image/jpeg,image/png"
            aria-invalid={errors.attachment?.length ? true : undefined}
            aria-describedby={errors.attachment?.length ? "attachment-hint attachment-fel" : "attachment-hint"}
            className="mt-1 block"
          />
          <FieldError id="attachment-fel" messages={errors.attachment} sv={swedish.includes("attachment")} />
        </div>
        <Choice name="deliveryWanted" options={archiveOptions("delivery", lang)} {...field} />
        <TextField name="otherInformation" multiline {...field} />
        <div>
          <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">{t("form.submit")}</button>
        </div>
      </Form>
    </>
  );
}
