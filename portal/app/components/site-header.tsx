import { Link, NavLink } from "@remix-run/react";
import { mainContentId, site } from "~/utils/site";

const primaryNav = [
  { to: "/hitta-vard", label: "Hitta vård" },
  { to: "/avgifter", label: "Avgifter" },
  { to: "/e-tjanster", label: "E-tjänster" },
  { to: "/arkiv", label: "Arkiv" },
] as const;

export function SiteHeader() {
  return (
    <header className="border-b-4 border-brand bg-white">
      <a
        href={`#${mainContentId}`}
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:bg-white focus:px-4 focus:py-2 focus:font-semibold"
      >
        Till huvudinnehållet
      </a>
      <div className="mx-auto max-w-5xl px-4 py-4">
        <Link to="/" className="text-xl font-bold text-brand-dark no-underline hover:underline">
          {site.name} <span className="font-normal">— {site.owner}</span>
        </Link>
      </div>
      <nav aria-label="Huvudmeny" className="bg-brand">
        <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-2 px-2">
          {primaryNav.map((item) => (
            <li key={item.to}>
              <NavLink
                to={item.to}
                className={({ isActive }) =>
                  `block px-3 py-3 font-semibold text-white underline-offset-4 ${isActive ? "underline" : "no-underline hover:underline"}`
                }
              >
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
