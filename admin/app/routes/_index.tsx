import type { MetaFunction } from "@remix-run/node";
import { pageTitle, site } from "~/utils/site";

export const meta: MetaFunction = () => [{ title: pageTitle() }];

const contentAreas = [
  { name: "Vårdenheter", about: "Vårdenheter, öppettider och kontaktvägar." },
  { name: "Avgifter", about: "Avgiftstabeller med giltighetstid och högkostnadsskydd." },
  { name: "E-tjänster", about: "E-tjänsterna, vem de är till för och hur man loggar in." },
  { name: "Arkiv", about: "Vad arkivet har och hur man begär ut en kopia av en journal." },
  { name: "Riktlinjer", about: "Riktlinjer för vårdpersonal, till exempel om journalen via nätet." },
] as const;

export default function AdminHome() {
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">{site.tool}</h1>
      <p className="mt-3 max-w-2xl text-lg">
        Här ska redaktörerna i {site.owner} skriva, granska och publicera innehållet i {site.name}: det som invånare
        och vårdpersonal läser i portalen.
      </p>

      <section aria-labelledby="omraden-rubrik" className="mt-10">
        <h2 id="omraden-rubrik" className="text-2xl font-bold text-brand-dark">
          Innehållsområden
        </h2>
        <p className="mt-2">Områdena kommer i senare versioner. Ännu går inget att redigera här.</p>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {contentAreas.map((area) => (
            <li key={area.name} className="rounded border border-line p-4">
              <h3 className="text-lg font-semibold">{area.name}</h3>
              <p className="mt-1">{area.about}</p>
              <p className="mt-2 text-muted">Kommer snart</p>
            </li>
          ))}
        </ul>
      </section>

    </>
  );
}
