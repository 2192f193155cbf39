import { Link, NavLink, useLocation, type LinkProps, type NavLinkProps } from "@remix-run/react";
import { forwardRef, useCallback } from "react";
import { langOfPath, localePath, type Lang } from "./languages";

/** The language of the page being shown, from its address (`/en/…` is English). */
export function useLang(): Lang {
  return langOfPath(useLocation().pathname);
}

/** `(path) => path in this page's language`: `/avgifter` on an English page is `/en/avgifter`. */
export function useLocalePath(): (path: string) => string {
  const lang = useLang();
  return useCallback((path: string) => localePath(lang, path), [lang]);
}

/** A `Link` whose site path stays in the page's language. Use it for every link to a portal page. */
export const LocaleLink = forwardRef<HTMLAnchorElement, LinkProps>(function LocaleLink({ to, ...rest }, ref) {
  const lp = useLocalePath();
  return <Link ref={ref} to={typeof to === "string" ? lp(to) : to} {...rest} />;
});

/** The `NavLink` counterpart of `LocaleLink`. */
export const LocaleNavLink = forwardRef<HTMLAnchorElement, NavLinkProps>(function LocaleNavLink({ to, ...rest }, ref) {
  const lp = useLocalePath();
  return <NavLink ref={ref} to={typeof to === "string" ? lp(to) : to} {...rest} />;
});
