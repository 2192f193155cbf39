import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { FieldError } from "~/components/archive-labels";
import { PageSection, SectionNotice } from "~/components/page-section";
import { getViewer } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle } from "~/utils/site";
import { RecordCopyAdviceQuery } from "./journalkopia._index.graphql";
import { adviceQuestions, readAnswers, toAdviceView } from "./journalkopia._index.view";

export const meta: MetaFunction = () => [{ title: pageTitle("Kopia av journal") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { session, headers } = await getViewer(request);
  const { answers, values, missing } = readAnswers(new URL(request.url).searchParams);
  const advice = answers
    ? toAdviceView(await gatewayRequest({ query: RecordCopyAdviceQuery, operationName: "RecordCopyAdvice", variables: { input: answers }, accessToken: session?.accessToken, signal: request.signal }))
    : null;
  return data({ values, missing, advice, loggedIn: !!session }, { headers });
}

export default function RecordCopyGuide() {
  const view = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">Kopia av journal</h1>
      <p className="mt-3 max-w-2xl text-lg">Svara på fyra frågor så får du veta var du ska begära ut journalen. Oftast är det mottagningen som skrev den, ibland Regionarkivet.</p>
      <Form method="get" className="mt-6 grid max-w-2xl gap-6" aria-describedby={view.missing.length ? "guide-fel" : undefined}>
        {view.missing.length ? (
          <p id="guide-fel" role="alert" className="font-semibold text-red-800">Svara på alla frågor.</p>
        ) : null}
        {Object.entries(adviceQuestions).map(([key, q]) => (
          <fieldset key={key} aria-invalid={view.missing.includes(key) || undefined} aria-describedby={view.missing.includes(key) ? `${key}-fel` : undefined}>
            <legend className="font-semibold">{q.legend}</legend>
            {Object.entries(q.options).map(([value, text]) => (
              <label key={value} className="mt-1 flex items-start gap-2">
                <input type="radio" name={key} value={value} defaultChecked={view.values[key] === value} className="mt-1" />
                <span>{text}</span>
              </label>
            ))}
            <FieldError id={`${key}-fel`} messages={view.missing.includes(key) ? ["Välj ett svar."] : undefined} />
          </fieldset>
        ))}
        <div>
          <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">Visa var jag ska fråga</button>
        </div>
      </Form>
      {view.advice ? (
        <PageSection id="svar" title="Var du ska fråga">
          {view.advice.status === "unavailable" ? (
            <SectionNotice>Svaret kan inte visas just nu. Försök igen om en stund.</SectionNotice>
          ) : (
            <div className="rounded border border-line p-4" data-testid="advice">
              <h3 className="text-xl font-semibold">{view.advice.data.heading}</h3>
              <p className="mt-2">{view.advice.data.contact}</p>
              <h4 className="mt-3 font-semibold">Därför</h4>
              <ul className="list-disc pl-6">{view.advice.data.reasons.map((r) => <li key={r}>{r}</li>)}</ul>
              {view.advice.data.requirements.length ? (
                <>
                  <h4 className="mt-3 font-semibold">Det här behövs</h4>
                  <ul className="list-disc pl-6">{view.advice.data.requirements.map((r) => <li key={r}>{r}</li>)}</ul>
                </>
              ) : null}
              {view.advice.data.requestHere ? (
                <p className="mt-4">
                  <Link to="/journalkopia/begaran" className="font-semibold">
                    {view.loggedIn ? "Fyll i beställningen till arkivet" : "Logga in och fyll i beställningen till arkivet"}
                  </Link>
                </p>
              ) : null}
            </div>
          )}
        </PageSection>
      ) : null}
    </>
  );
}
