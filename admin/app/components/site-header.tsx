import { Form, Link, NavLink } from "@remix-run/react";
import { contentTypes } from "~/editorial/content-types";
import { mainContentId, site } from "~/utils/site";

/** The admin's menu: each content type, the audit log and the CSV import (from the one list of types). */
const nav = [
  { to: "/", label: "Start", end: true },
  ...contentTypes.map((t) => ({ to: `/innehall/${t.slug}`, label: t.pluralLabel, end: false })),
  { to: "/logg", label: "Ändringslogg", end: false },
  { to: "/import", label: "Import", end: false },
];

const roleNames: Record<string, string> = { editor: "Redaktör", admin: "Administratör" };

export function SiteHeader({ user }: { user: { name: string | null; roles: string[] } | null }) {
  return (
    <header className="bg-brand-dark text-white">
      <a
        href={`#${mainContentId}`}
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:bg-white focus:px-4 focus:py-2 focus:font-semibold"
      >
        Till huvudinnehållet
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-4">
        <div>
          <Link to="/" className="text-xl font-bold text-white no-underline hover:underline">
            {site.name} <span className="font-normal">— {site.tool}</span>
          </Link>
          <p className="text-sm">{site.owner}</p>
        </div>
        {user ? (
          <div className="flex flex-wrap items-center gap-3" data-testid="user-menu">
            <span>
              <span className="sr-only">Inloggad som </span>
              <span className="font-semibold">{user.name ?? "Okänd användare"}</span>{" "}
              ({user.roles.map((r) => roleNames[r] ?? r).join(", ")})
            </span>
            <Form method="post" action="/auth/logout" reloadDocument>
              <button type="submit" className="rounded border-2 border-white px-3 py-1 font-semibold text-white hover:bg-white hover:text-brand-dark">
                Logga ut
              </button>
            </Form>
          </div>
        ) : null}
      </div>
      {user ? (
        <nav aria-label="Huvudmeny" className="bg-brand">
          <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-1 px-4">
            {nav.map((item) => (
              <li key={item.to}>
                <NavLink
                  to={item.to}
                  end={item.end}
                  className={({ isActive }) => `inline-block px-3 py-2 font-semibold text-white ${isActive ? "underline decoration-2 underline-offset-4" : "no-underline hover:underline"}`}
                >
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
