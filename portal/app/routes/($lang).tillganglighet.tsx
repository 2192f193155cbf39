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
        {site.owner} står bakom {site.name}. Vi vill att så många som möjligt ska kunna använda webbplatsen. Här
        beskriver vi vilken nivå vi siktar på, vad vi vet om bristerna och hur du kan rapportera ett problem.
      </p>

      <h2 className="pt-4 text-2xl font-bold text-brand-dark">Vår ambition</h2>
      <p>
        Webbplatsen ska uppfylla nivå AA i standarden WCAG 2.1, som lagen (2018:1937) om tillgänglighet till digital
        offentlig service kräver. Det betyder bland annat att allt ska gå att använda med tangentbord och skärmläsare,
        att texten har tillräcklig kontrast och att sidorna fungerar när du förstorar dem.
      </p>

      <h2 className="pt-4 text-2xl font-bold text-brand-dark">Hur tillgänglig är webbplatsen?</h2>
      <p>
        Webbplatsen är under uppbyggnad och har ännu inte granskats i sin helhet. Tills en granskning är gjord
        bedömer vi att den är delvis förenlig med kraven. Kända brister:
      </p>
      <ul className="list-disc space-y-1 pl-6">
        <li>Flera sidor i huvudmenyn är ännu inte publicerade.</li>
        <li>Innehållet finns än så länge bara på svenska.</li>
      </ul>

      <h2 className="pt-4 text-2xl font-bold text-brand-dark">Rapportera ett problem</h2>
      <p>
        Om du upptäcker ett problem som inte står på den här sidan, eller behöver innehåll i ett annat format, skicka
        e-post till <a href={`mailto:${reportAddress}`}>{reportAddress}</a>. Adressen är en exempeladress som ersätts
        med regionens riktiga adress innan webbplatsen öppnas.
      </p>

      <h2 className="pt-4 text-2xl font-bold text-brand-dark">Tillsyn</h2>
      <p>
        Myndigheten för digital förvaltning (Digg) har tillsyn över lagen om tillgänglighet till digital offentlig
        service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du{" "}
        <a href="https://www.digg.se/">kontakta Digg</a>.
      </p>
    </article>
  );
}
