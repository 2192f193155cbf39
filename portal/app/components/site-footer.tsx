import { Link } from "@remix-run/react";
import { site } from "~/utils/site";

export function SiteFooter() {
  return (
    <footer className="mt-12 bg-brand-dark text-white">
      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-8 sm:grid-cols-2">
        <div>
          <p className="text-lg font-bold">Vid akut sjukdom: ring 112. Sjukvårdsrådgivning: ring 1177.</p>
          <p className="mt-2">
            {site.name} ges ut av {site.owner}.
          </p>
        </div>
        <div>
          <h2 className="font-bold">Om webbplatsen</h2>
          <ul className="mt-2 space-y-1">
            <li>
              <Link to="/tillganglighet" className="text-white">
                Tillgänglighetsredogörelse
              </Link>
            </li>
          </ul>
          <p className="mt-4" lang="en">
            This website is in Swedish. Some content will also be available in English.
          </p>
        </div>
      </div>
    </footer>
  );
}
