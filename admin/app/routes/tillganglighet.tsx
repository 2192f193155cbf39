import type { MetaFunction } from "@remix-run/node";
import { pageTitle, site } from "~/utils/site";

export const meta: MetaFunction = () => [{ title: pageTitle("Tillgänglighetsredogörelse") }];

// A sample address until the region gives its own; the page says so.
const reportAddress = "tillganglighet@example.org";

export default function AccessibilityStatement() {
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold text-brand-dark">Tillgänglighetsredogörelse</h1>
      <p>
        {site.owner} står bakom {site.tool} för {site.name}. Verktyget ska uppfylla nivå AA i standarden WCAG 2.1, som
        lagen (2018:1937) om tillgänglighet till digital offentlig service kräver.
      </p>
      <p>
        Verktyget är under uppbyggnad och har ännu inte granskats. Tills en granskning är gjord bedömer vi att det är
        delvis förenligt med kraven.
      </p>
      <h2 className="pt-4 text-2xl font-bold text-brand-dark">Rapportera ett problem</h2>
      <p>
        Skicka e-post till <a href={`mailto:${reportAddress}`}>{reportAddress}</a> om något inte fungerar för dig.
        Adressen är en exempeladress som ersätts med regionens riktiga adress innan verktyget tas i bruk.
      </p>
      <h2 className="pt-4 text-2xl font-bold text-brand-dark">Tillsyn</h2>
      <p>
        Myndigheten för digital förvaltning (Digg) har tillsyn över lagen. Om du inte är nöjd med hur vi hanterar dina
        synpunkter kan du <a href="https://www.digg.se/">kontakta Digg</a>.
      </p>
    </article>
  );
}
