import { data, type HeadersFunction, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useLocation, useRouteError, useRouteLoaderData } from "@remix-run/react";
import { I18nextProvider, useTranslation } from "react-i18next";
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
import { redirectToRememberedLang } from "~/i18n/cookie.server";
import { i18nFor } from "~/i18n/instance";
import { langFromParams, langOfPath, languages, localePath, stripLang } from "~/i18n/languages";
import { metaT } from "~/i18n/meta";
import stylesheet from "./tailwind.css?url";
import { z } from "zod";

// In the browser Zod would probe `new Function` (its JIT) on the first parse; the CSP forbids eval, and the
// caught probe is still reported as a violation. Without JIT it parses the same, slightly slower.
if (typeof document !== "undefined") z.config({ jitless: true });

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = ({ error, params }) => {
  if (!error) return [{ title: pageTitle() }];
  const t = metaT(params);
  const content = describeError(error);
  return [{ title: pageTitle(t(`errors.${content.caseKey}.title`, { defaultValue: content.title })) }];
};

/**
 * Who is signed in, for the header; a page for one user is never stored by a shared cache. A draft-preview
 * URL (`?forhandsvisning=`) is for editors and admins only: anonymous visitors log in and come back, others
 * get 403; its answer is never stored or indexed, and the page shows the preview banner.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  // A cross-site form post the server refused arrives as a GET carrying the refusal: 403 and our error page.
  throwIfRefused(context);
  // `/foo` matches `($lang)._index` with lang "foo": not a language, so not a page (404).
  const lang = langFromParams(params);
  const remembered = await redirectToRememberedLang(request, params);
  if (remembered) throw remembered;
  const preview = readPreview(request.url);
  if (preview.status !== "none") await requireRole(request, ...PREVIEW_ROLES);
  if (preview.status === "malformed") throw new Response("Malformed preview link", { status: 400, headers: PREVIEW_HEADERS });
  const { session, headers } = await getViewer(request);
  if (session) headers.set("Cache-Control", "private, no-store");
  if (preview.status === "valid") for (const [name, value] of Object.entries(PREVIEW_HEADERS)) headers.set(name, value);
  const user = session ? { name: session.user.name ?? null, roles: session.user.roles } : null;
  headers.append("Vary", "Cookie");
  return data({ user, adminUrl: env.ADMIN_URL ?? null, preview: preview.status === "valid", lang }, { headers });
}

/** The root's caching and robots headers reach every page (a route without its own `headers` inherits them). */
export const headers: HeadersFunction = ({ loaderHeaders, errorHeaders }) => {
  const out = new Headers();
  // Retry-After: a refusal's (the log-in rate limit's) reaches the browser with the error page.
  for (const name of ["Cache-Control", "X-Robots-Tag", "Retry-After", "Vary"]) {
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
  // From the address, not the loader: an error page (the root loader failed) is in the right language too.
  const { pathname, search } = useLocation();
  const lang = langOfPath(pathname);
  const bare = stripLang(pathname);
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        {languages.map((other) => (
          <link key={other} rel="alternate" hrefLang={other} href={localePath(other, `${bare}${search}`)} />
        ))}
        <Links />
      </head>
      <body className="flex min-h-screen flex-col font-sans">
        <I18nextProvider i18n={i18nFor(lang)}>
          <SiteHeader user={root?.user ?? null} adminUrl={root?.adminUrl ?? null} />
          <main id={mainContentId} tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
            {root?.preview ? <PreviewBanner /> : null}
            {children}
          </main>
          <SiteFooter />
        </I18nextProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

function PreviewBanner() {
  const { t } = useTranslation();
  return (
    <p role="status" data-testid="preview-banner" className="mb-6 rounded border-4 border-[#8a4b00] bg-[#fff4e0] px-4 py-3 text-lg font-bold text-[#5c3200]">
      {t("preview.banner")}
    </p>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ErrorPage {...describeError(useRouteError())} />;
}
