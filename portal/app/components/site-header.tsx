import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import { adminRoles, canUse, roleLabels, staffPageRoles, type Role } from "~/utils/roles";
import { mainContentId, site } from "~/utils/site";
import { SearchCombobox } from "./search-combobox";

export type HeaderUser = { name: string | null; roles: Role[] } | null;

type NavItem = { to: string; label: string; roles?: readonly Role[] };

/** Everyone's links first; a link for some roles is shown only to them (the page checks again). */
const primaryNav: NavItem[] = [
  { to: "/hitta-vard", label: "Hitta vård" },
  { to: "/avgifter", label: "Avgifter" },
  { to: "/e-tjanster", label: "E-tjänster" },
  // Only a logged-in resident has visits to check in (the page requires log-in, the API a personnummer).
  { to: "/checka-in", label: "Checka in", roles: ["resident"] },
  { to: "/arkiv", label: "Arkiv" },
  { to: "/personal", label: "För vårdpersonal", roles: staffPageRoles },
  { to: "/arkiv/arenden", label: "Arkivets ärenden", roles: ["archivist", "editor", "admin"] },
];

const linkClass = ({ isActive }: { isActive: boolean }) =>
  `block px-3 py-3 font-semibold text-white underline-offset-4 ${isActive ? "underline" : "no-underline hover:underline"}`;

export function SiteHeader({ user, adminUrl }: { user: HeaderUser; adminUrl: string | null }) {
  const location = useLocation();
  const returnTo = `${location.pathname}${location.search}`;
  const roles = user?.roles ?? [];
  const nav = primaryNav.filter((item) => !item.roles || canUse(roles, item.roles));
  return (
    <header className="border-b-4 border-brand bg-white">
      <a
        href={`#${mainContentId}`}
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:bg-white focus:px-4 focus:py-2 focus:font-semibold"
      >
        Till huvudinnehållet
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-4">
        <Link to="/" className="text-xl font-bold text-brand-dark no-underline hover:underline">
          {site.name} <span className="font-normal">— {site.owner}</span>
        </Link>
        <SearchCombobox />
        <div className="flex flex-wrap items-center gap-3" data-testid="user-menu">
          {user ? (
            <>
              <span>
                <span className="sr-only">Inloggad som </span>
                <Link to="/mina-sidor" className="font-semibold">
                  {user.name ?? "Mina sidor"}
                </Link>{" "}
                <span className="text-muted">({roles.map((r) => roleLabels[r].sv).join(", ") || "ingen roll"})</span>
              </span>
              {adminUrl && canUse(roles, adminRoles) ? <a href={adminUrl}>Redigera innehåll</a> : null}
              <Form method="post" action="/auth/logout" reloadDocument>
                <button type="submit" className="rounded border-2 border-brand px-3 py-1 font-semibold text-brand-dark hover:bg-brand hover:text-white">
                  Logga ut
                </button>
              </Form>
            </>
          ) : (
            <a
              href={`/auth/login?${new URLSearchParams({ returnTo })}`}
              className="rounded bg-brand px-3 py-1 font-semibold text-white no-underline hover:underline"
            >
              Logga in
            </a>
          )}
        </div>
      </div>
      <nav aria-label="Huvudmeny" className="bg-brand">
        <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-2 px-2">
          {nav.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} className={linkClass}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
