import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GuidelinePrintStyle } from "~/components/guideline-print-style";
import { GuidelineToc } from "~/components/guideline-toc";
import { getViewer, requireSession } from "~/utils/auth.server";
import { formatIsoDate } from "~/utils/format";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle } from "~/utils/site";
import { GuidelinePageQuery } from "./riktlinjer.$slug.graphql";
import { toGuidelinePageView } from "./riktlinjer.$slug.view";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: pageTitle(data?.guideline.title ?? "Riktlinje") }];

const swedishToday = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(new Date());

/**
 * A public guideline is readable by anyone; a staff one only by those the guidelines subgraph lets
 * read it. Someone not logged in who asks for one the API hides is sent to log in first, then 404.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  if (!/^[a-z0-9-]{1,128}$/.test(slug)) throw new Response("Sidan finns inte.", { status: 404 });
  const { session, headers } = await getViewer(request);
  const result = await gatewayRequest({ query: GuidelinePageQuery, operationName: "GuidelinePage", variables: { slug }, accessToken: session?.accessToken, request });
  const view = toGuidelinePageView(result, swedishToday());
  if (view.status === "unavailable") throw new Response("Riktlinjen kan inte visas just nu. Försök igen om en stund.", { status: 503 });
  if (!view.data) {
    if (!session) await requireSession(request);
    throw new Response("Riktlinjen finns inte, eller så har du inte behörighet att läsa den.", { status: 404 });
  }
  headers.set("Cache-Control", "private, no-store");
  return data({ guideline: view.data, origin: new URL(request.url).origin }, { headers });
}

export default function GuidelinePage() {
  const { guideline: g, origin } = useLoaderData<typeof loader>();
  return (
    <article>
      <GuidelinePrintStyle origin={origin} />
      <p data-print="hide">
        <Link to="/riktlinjer">Alla riktlinjer</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-dark">{g.title}</h1>
      <p className="mt-2 text-muted">
        {g.category} · {g.region} · {g.staffOnly ? "Endast för personal" : "Även för invånare"}
      </p>
      <p className="mt-3 max-w-2xl text-lg">{g.summary}</p>
      <dl className="mt-4 grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">Ansvarig</dt>
        <dd>{g.owner}</dd>
        {g.lastReviewed ? (
          <>
            <dt className="font-semibold">Senast granskad</dt>
            <dd>{formatIsoDate(g.lastReviewed)}</dd>
          </>
        ) : null}
        {g.reviewDue ? (
          <>
            <dt className="font-semibold">Ska ses över</dt>
            <dd className={g.overdue ? "font-semibold text-[#9b1c1c]" : undefined}>
              {formatIsoDate(g.reviewDue)}
              {g.overdue ? " (datumet har passerat – kontrollera med ansvarig)" : null}
            </dd>
          </>
        ) : null}
      </dl>
      <GuidelineToc entries={g.toc} />
      <div className="guideline-body prose mt-6 max-w-2xl [&_h2]:mt-8 [&_h2]:text-2xl [&_h2]:font-bold [&_h3]:mt-6 [&_h3]:text-xl [&_h3]:font-semibold [&_li]:mt-1 [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:mt-3 [&_table]:mt-4 [&_td]:border [&_td]:border-line [&_td]:p-2 [&_th]:border [&_th]:border-line [&_th]:p-2 [&_ul]:list-disc [&_ul]:pl-6" dangerouslySetInnerHTML={{ __html: g.html }} />
      {g.forms.length > 0 ? (
        <section aria-labelledby="blanketter-rubrik" className="mt-10 max-w-2xl">
          <h2 id="blanketter-rubrik" className="text-2xl font-bold text-brand-dark">
            Blanketter
          </h2>
          <ul className="mt-3 list-disc pl-6">
            {g.forms.map((form) => (
              <li key={form.name} className="mt-1">
                <span className="font-semibold">{form.name}</span>
                {form.whereToFind ? ` – ${form.whereToFind}` : null}
                {form.sendTo ? `. Skickas till ${form.sendTo}.` : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {g.contacts.length > 0 ? (
        <section aria-labelledby="kontakt-rubrik" className="mt-10 max-w-2xl">
          <h2 id="kontakt-rubrik" className="text-2xl font-bold text-brand-dark">
            Kontaktvägar
          </h2>
          <ul className="mt-3">
            {g.contacts.map((c) => (
              <li key={c.label} className="mt-2">
                <span className="font-semibold">{c.label}</span>
                {c.phone ? (
                  <>
                    {": "}
                    <a href={c.phone.href}>{c.phone.text}</a>
                  </>
                ) : null}
                {c.hours ? `, ${c.hours}` : null}
                {c.note ? <span className="block text-muted">{c.note}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="mt-8" data-print="hide">
        <button type="button" className="underline" onClick={() => window.print()}>
          Skriv ut
        </button>{" "}
        <span className="text-muted">(eller använd webbläsarens utskrift: sidhuvud och meny skrivs inte ut, länkarnas adresser gör det)</span>
      </p>
    </article>
  );
}
