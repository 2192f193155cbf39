import { data, type HeadersFunction, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteError, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { ErrorPage } from "~/components/error-page";
import { SiteFooter } from "~/components/site-footer";
import { SiteHeader } from "~/components/site-header";
import { getViewer, requireRole } from "~/utils/auth.server";
import { env } from "~/utils/env.server";
import { describeError } from "@vardportal/web/error-content";
import { useNonce } from "@vardportal/web/nonce";
import { throwIfRefused } from "@vardportal/web/server";
import { PREVIEW_HEADERS, PREVIEW_ROLES, readPreview } from "~/utils/preview";
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

/**
 * Who is signed in, for the header; a page for one user is never stored by a shared cache. A draft-preview
 * URL (`?forhandsvisning=`) is for editors and admins only: anonymous visitors log in and come back, others
 * get 403; its answer is never stored or indexed, and the page shows the preview banner.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  // A cross-site form post the server refused arrives as a GET carrying the refusal: 403 and our error page.
  throwIfRefused(context);
  const preview = readPreview(request.url);
  if (preview.status !== "none") await requireRole(request, ...PREVIEW_ROLES);
  if (preview.status === "malformed") throw new Response("Länken till förhandsvisningen är ogiltig.", { status: 400, headers: PREVIEW_HEADERS });
  const { session, headers } = await getViewer(request);
  if (session) headers.set("Cache-Control", "private, no-store");
  if (preview.status === "valid") for (const [name, value] of Object.entries(PREVIEW_HEADERS)) headers.set(name, value);
  const user = session ? { name: session.user.name ?? null, roles: session.user.roles } : null;
  return data({ user, adminUrl: env.ADMIN_URL ?? null, preview: preview.status === "valid" }, { headers });
}

/** The root's caching and robots headers reach every page (a route without its own `headers` inherits them). */
export const headers: HeadersFunction = ({ loaderHeaders, errorHeaders }) => {
  const out = new Headers();
  // Retry-After: a refusal's (the log-in rate limit's) reaches the browser with the error page.
  for (const name of ["Cache-Control", "X-Robots-Tag", "Retry-After"]) {
    const value = loaderHeaders.get(name) ?? errorHeaders?.get(name);
    if (value) out.set(name, value);
  }
  return out;
};

export function Layout({ children }: { children: ReactNode }) {
  // Absent when the root loader itself failed: the header then shows the signed-out state.
  const root = useRouteLoaderData<typeof loader>("root");
  // The document's CSP nonce (set by the server entry); Remix's inline scripts carry it.
  const nonce = useNonce();
  return (
    <html lang="sv">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-screen flex-col font-sans">
        <SiteHeader user={root?.user ?? null} adminUrl={root?.adminUrl ?? null} />
        <main id={mainContentId} tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {root?.preview ? (
            <p role="status" data-testid="preview-banner" className="mb-6 rounded border-4 border-[#8a4b00] bg-[#fff4e0] px-4 py-3 text-lg font-bold text-[#5c3200]">
              Förhandsvisning av utkast — syns inte för andra
            </p>
          ) : null}
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
