import { data, type HeadersFunction, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteError, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { ErrorPage } from "~/components/error-page";
import { SiteFooter } from "~/components/site-footer";
import { SiteHeader } from "~/components/site-header";
import { getViewer, requireRole } from "~/utils/auth.server";
import { describeError } from "@vardportal/web/error-content";
import { useNonce } from "@vardportal/web/nonce";
import { throwIfRefused } from "@vardportal/web/server";
import { mainContentId, pageTitle } from "~/utils/site";
import stylesheet from "./tailwind.css?url";
import { z } from "zod";

// In the browser Zod would probe `new Function` (its JIT) on the first parse; the CSP forbids eval, and the
// caught probe is still reported as a violation. Without JIT it parses the same, slightly slower.
if (typeof document !== "undefined") z.config({ jitless: true });

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = ({ error }) => [{ title: pageTitle(error ? describeError(error).title : undefined) }];

/** Paths anyone may open: the log-in round trip and the accessibility statement. */
const openPaths = /^\/(auth\/|tillganglighet$)/;

/** Every page of the admin is for editors and admins: anonymous visitors log in first, others get 403. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  // A cross-site form post the server refused arrives as a GET carrying the refusal: 403 and our error page.
  throwIfRefused(context);
  const headers = new Headers({ "Cache-Control": "private, no-store" });
  if (openPaths.test(new URL(request.url).pathname)) {
    const { session, headers: cookieHeaders } = await getViewer(request);
    cookieHeaders.forEach((value, key) => headers.append(key, value));
    return data({ user: session ? { name: session.user.name ?? null, roles: session.user.roles } : null }, { headers });
  }
  const session = await requireRole(request, "editor", "admin");
  return data({ user: { name: session.user.name ?? null, roles: session.user.roles } }, { headers });
}

/**
 * A refusal's Retry-After (the log-in rate limit) reaches the browser with the error page; the root's
 * Cache-Control (every admin page is private, never stored) reaches every page that has no headers of its own.
 */
export const headers: HeadersFunction = ({ loaderHeaders, errorHeaders }) => {
  const headers = new Headers();
  const cacheControl = loaderHeaders.get("Cache-Control") ?? errorHeaders?.get("Cache-Control");
  if (cacheControl) headers.set("Cache-Control", cacheControl);
  const retryAfter = errorHeaders?.get("Retry-After");
  if (retryAfter) headers.set("Retry-After", retryAfter);
  return headers;
};

export function Layout({ children }: { children: ReactNode }) {
  const root = useRouteLoaderData<typeof loader>("root");
  // The document's CSP nonce (set by the server entry); Remix's inline scripts carry it.
  const nonce = useNonce();
  return (
    <html lang="sv">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-screen flex-col font-sans">
        <SiteHeader user={root?.user ?? null} />
        <main id={mainContentId} tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ErrorPage {...describeError(useRouteError())} />;
}
