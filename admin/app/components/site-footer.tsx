import { Link } from "@remix-run/react";
import { site } from "~/utils/site";

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t-4 border-brand bg-surface">
      <div className="mx-auto max-w-5xl px-4 py-8">
        <h2 className="font-bold">Om webbplatsen</h2>
        <p className="mt-2">
          {site.tool} för {site.name} i {site.owner}.
        </p>
        <p className="mt-2">
          <Link to="/tillganglighet">Tillgänglighetsredogörelse</Link>
        </p>
      </div>
    </footer>
  );
}
