import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AccessAnswer } from "~/components/access-answer";
import { AccessForm } from "~/components/access-form";
import { PageSection, SectionNotice } from "~/components/page-section";
import { requireRole } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { staffPageRoles } from "~/utils/roles";
import { pageTitle } from "~/utils/site";
import { JournalAccessQuery } from "./journalatkomst.graphql";
import { isAsked, readAccessForm, refusedFields, toAnswerView, toScenario } from "./journalatkomst.view";

export const meta: MetaFunction = () => [{ title: pageTitle("Journalåtkomst – vem når vad?") }];

const swedishToday = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(new Date());

/** Staff only. The form is a GET form: the question is in the address and works without JavaScript. */
export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireRole(request, ...staffPageRoles);
  const search = new URL(request.url).searchParams;
  const values = readAccessForm(search, swedishToday());
  const noStore = { headers: { "Cache-Control": "private, no-store" } };
  if (!isAsked(search)) return data({ values, errors: {}, answer: null }, noStore);
  const { scenario, grantFields, localErrors } = toScenario(values);
  if (Object.keys(localErrors).length > 0) return data({ values, errors: localErrors, answer: null }, { status: 400, ...noStore });
  const result = await gatewayRequest({ query: JournalAccessQuery, operationName: "JournalAccess", variables: { scenario }, accessToken: session.accessToken, signal: request.signal });
  const errors = refusedFields(result, grantFields);
  if (errors) return data({ values, errors, answer: null }, { status: 400, ...noStore });
  return data({ values, errors: {}, answer: toAnswerView(result) }, noStore);
}

export default function JournalAccessPage() {
  const { values, errors, answer } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 id="verktyg-rubrik" className="text-3xl font-bold text-brand-dark">
        Journalåtkomst – vem når vad?
      </h1>
      <p className="mt-3 max-w-2xl text-lg">
        Beskriv familjen och åtgärderna som gäller. Svaret visar för varje part om den når e-tjänsterna och journalen på 1177, och varför, med källa. Bakgrunden finns i{" "}
        <Link to="/riktlinjer">riktlinjerna</Link>.
      </p>
      {answer ? (
        <PageSection id="svar" title="Svar">
          {answer.status === "unavailable" ? <SectionNotice>Svaret kan inte tas fram just nu. Försök igen om en stund.</SectionNotice> : <AccessAnswer {...answer.data} />}
        </PageSection>
      ) : null}
      <PageSection id="fraga" title="Familjen och åtgärderna">
        <AccessForm values={values} errors={errors} />
      </PageSection>
    </>
  );
}
