import { Form, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { languageNames, stripLang, type Lang } from "~/i18n/languages";
import { LocaleLink, LocaleNavLink, useLang } from "~/i18n/react";
import { adminRoles, canUse, roleLabels, staffPageRoles, type Role } from "~/utils/roles";
import { mainContentId, site } from "~/utils/site";
import { SearchCombobox } from "./search-combobox";

export type HeaderUser = { name: string | null; roles: Role[] } | null;

type NavItem = { to: string; label: `nav.${"findCare" | "fees" | "eServices" | "checkIn" | "archive" | "staff" | "archiveRequests"}`; roles?: readonly Role[] };

/** Everyone's links first; a link for some roles is shown only to them (the page checks again). */
const primaryNav: NavItem[] = [
  { to: "/hitta-vard", label: "nav.findCare" },
  { to: "/avgifter", label: "nav.fees" },
  { to: "/e-tjanster", label: "nav.eServices" },
  // Only a logged-in resident has visits to check in (the page requires log-in, the API a personnummer).
  { to: "/checka-in", label: "nav.checkIn", roles: ["resident"] },
  { to: "/arkiv", label: "nav.archive" },
  { to: "/personal", label: "nav.staff", roles: staffPageRoles },
  { to: "/arkiv/arenden", label: "nav.archiveRequests", roles: ["archivist", "editor", "admin"] },
];

const linkClass = ({ isActive }: { isActive: boolean }) =>
  `block px-3 py-3 font-semibold text-white underline-offset-4 ${isActive ? "underline" : "no-underline hover:underline"}`;

/** The same page in the other language; the switch remembers the choice (a full page load, decision 024). */
function LanguageSwitch() {
  const { t } = useTranslation();
  const location = useLocation();
  const other: Lang = useLang() === "en" ? "sv" : "en";
  const back = `${stripLang(location.pathname)}${location.search}`;
  return (
    <a
      href={`/sprak/${other}?${new URLSearchParams({ tillbaka: back })}`}
      lang={other}
      hrefLang={other}
      title={t("language.switchTo")}
      className="font-semibold"
      data-testid="language-switch"
    >
      {languageNames[other]}
    </a>
  );
}

export function SiteHeader({ user, adminUrl }: { user: HeaderUser; adminUrl: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
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
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-4">
        <LocaleLink to="/" className="text-xl font-bold text-brand-dark no-underline hover:underline">
          <span lang={lang === "sv" ? undefined : "sv"}>{site.name}</span> <span className="font-normal">— {site.owner}</span>
        </LocaleLink>
        <SearchCombobox />
        <div className="flex flex-wrap items-center gap-3" data-testid="user-menu">
          <LanguageSwitch />
          {user ? (
            <>
              <span>
                <span className="sr-only">{t("user.signedInAs")}</span>
                <LocaleLink to="/mina-sidor" className="font-semibold">
                  {user.name ? <span lang={lang === "sv" ? undefined : "sv"}>{user.name}</span> : t("user.myPages")}
                </LocaleLink>{" "}
                <span className="text-muted">({roles.map((r) => roleLabels[r][lang]).join(", ") || t("user.noRole")})</span>
              </span>
              {adminUrl && canUse(roles, adminRoles) ? <a href={adminUrl}>{t("user.editContent")}</a> : null}
              <Form method="post" action="/auth/logout" reloadDocument>
                <button type="submit" className="rounded border-2 border-brand px-3 py-1 font-semibold text-brand-dark hover:bg-brand hover:text-white">
                  {t("user.logOut")}
                </button>
              </Form>
            </>
          ) : (
            <a
              href={`/auth/login?${new URLSearchParams({ returnTo })}`}
              className="rounded bg-brand px-3 py-1 font-semibold text-white no-underline hover:underline"
            >
              {t("user.logIn")}
            </a>
          )}
        </div>
      </div>
      <nav aria-label={t("nav.label")} className="bg-brand">
        <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-2 px-2">
          {nav.map((item) => (
            <li key={item.to}>
              <LocaleNavLink to={item.to} className={linkClass}>
                {t(item.label)}
              </LocaleNavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
