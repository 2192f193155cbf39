import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { buttonClass, FeeField, inputClass } from "~/components/fee-field";
import { PageSection, SectionNotice } from "~/components/page-section";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle } from "~/utils/site";
import { ExplainJournalAccessQuery } from "./journalen.graphql";
import { explainerRegions, readExplainer, toExplainerAnswer, toQuestion, type ExplainerErrors } from "./journalen.view";

export const meta: MetaFunction = () => [
  { title: pageTitle("Ditt barns journal på 1177") },
  { name: "description", content: "Varför kan jag inte läsa min 14-årings journal? Se vad du och ditt barn når på 1177 i olika åldrar." },
];

/** Public: anyone may ask; the answer comes from the same rules the staff tool uses. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { asked, values } = readExplainer(new URL(request.url).searchParams);
  if (!asked) return data({ values, errors: {} as ExplainerErrors, answer: null });
  const built = toQuestion(values);
  if ("errors" in built) return data({ values, errors: built.errors, answer: null }, { status: 400 });
  const result = await gatewayRequest({ query: ExplainJournalAccessQuery, operationName: "ExplainJournalAccess", variables: built, signal: request.signal });
  return data({ values, errors: {} as ExplainerErrors, answer: toExplainerAnswer(result) });
}

function Check({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <div className="mt-2 flex items-center gap-2">
      <input id={name} type="checkbox" name={name} defaultChecked={checked} className="h-5 w-5" />
      <label htmlFor={name}>{label}</label>
    </div>
  );
}

export default function JournalExplainerPage() {
  const { values, errors, answer } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">Ditt barns journal på 1177</h1>
      <p className="mt-3 max-w-2xl text-lg">
        Fram till 13 år sköter du som vårdnadshavare ditt barns ärenden på 1177 och kan läsa barnets journal. Från 13 år loggar barnet in själv, och journalen är stängd för alla tills barnet fyller 16 – om inte vården har beslutat något annat. Svara på frågorna så
        ser du vad som gäller för er.
      </p>
      <PageSection id="fraga" title="Om dig och ditt barn">
        <Form method="get" noValidate>
          <FeeField id="region" label="Region">
            {(ids) => (
              <select {...ids} name="region" defaultValue={values.region} className={inputClass}>
                {explainerRegions.map((r) => (
                  <option key={r}>{r}</option>
                ))}
              </select>
            )}
          </FeeField>
          <FeeField id="alder" label="Barnets ålder i dag" hint="I hela år, 0–17." error={errors.childAge}>
            {(ids) => <input {...ids} name="alder" inputMode="numeric" defaultValue={values.childAge} className={inputClass} />}
          </FeeField>
          <Check name="barnSkyddad" label="Barnet har skyddade personuppgifter" checked={values.childProtected} />
          <Check name="duSkyddad" label="Jag har skyddade personuppgifter" checked={values.youProtected} />
          <Check name="duForseglad" label="Jag har förseglat min egen journal" checked={values.youSealed} />
          <Check name="beviljad" label="Vården har beslutat att jag får läsa barnets journal (13–15 år)" checked={values.granted} />
          <button type="submit" className={buttonClass}>
            Visa vad som gäller
          </button>
        </Form>
      </PageSection>
      {answer ? (
        <PageSection id="svar" title="Så här är det för er">
          {answer.status === "unavailable" ? (
            <SectionNotice>Svaret kan inte visas just nu. Försök igen om en stund.</SectionNotice>
          ) : (
            <div className="grid gap-6 md:grid-cols-2">
              {(
                [
                  ["Du", answer.data.you],
                  ["Ditt barn", answer.data.child],
                ] as const
              ).map(([who, a]) => (
                <section key={who} aria-labelledby={`svar-${who === "Du" ? "du" : "barn"}`} className="rounded border border-line p-4">
                  <h3 id={`svar-${who === "Du" ? "du" : "barn"}`} className="text-xl font-semibold">
                    {who}
                  </h3>
                  <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4">
                    <dt className="font-semibold">E-tjänsterna för barnet</dt>
                    <dd>{a.eServices}</dd>
                    <dt className="font-semibold">Barnets journal</dt>
                    <dd>{a.journal}</dd>
                  </dl>
                  <h4 className="mt-3 font-semibold">Varför?</h4>
                  <ul className="mt-1 list-disc pl-6">
                    {a.why.map((w) => (
                      <li key={w}>{w}</li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          )}
        </PageSection>
      ) : null}
    </>
  );
}
