import { Link } from "@remix-run/react";
import { mainContentId, site } from "~/utils/site";

export function SiteHeader() {
  return (
    <header className="bg-brand-dark text-white">
      <a
        href={`#${mainContentId}`}
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:bg-white focus:px-4 focus:py-2 focus:font-semibold"
      >
        Till huvudinnehållet
      </a>
      <div className="mx-auto max-w-5xl px-4 py-4">
        <Link to="/" className="text-xl font-bold text-white no-underline hover:underline">
          {site.name} <span className="font-normal">— {site.tool}</span>
        </Link>
        <p className="text-sm">{site.owner}</p>
      </div>
    </header>
  );
}
