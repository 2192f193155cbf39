import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteError, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { ErrorPage } from "~/components/error-page";
import { SiteFooter } from "~/components/site-footer";
import { SiteHeader } from "~/components/site-header";
import { getViewer, requireRole } from "~/utils/auth.server";
import { describeError } from "@vardportal/web/error-content";
import { mainContentId, pageTitle } from "~/utils/site";
import stylesheet from "./tailwind.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = ({ error }) => [{ title: pageTitle(error ? describeError(error).title : undefined) }];

/** Paths anyone may open: the log-in round trip and the accessibility statement. */
const openPaths = /^\/(auth\/|tillganglighet$)/;

/** Every page of the admin is for editors and admins: anonymous visitors log in first, others get 403. */
export async function loader({ request }: LoaderFunctionArgs) {
  const headers = new Headers({ "Cache-Control": "private, no-store" });
  if (openPaths.test(new URL(request.url).pathname)) {
    const { session, headers: cookieHeaders } = await getViewer(request);
    cookieHeaders.forEach((value, key) => headers.append(key, value));
    return data({ user: session ? { name: session.user.name ?? null, roles: session.user.roles } : null }, { headers });
  }
  const session = await requireRole(request, "editor", "admin");
  return data({ user: { name: session.user.name ?? null, roles: session.user.roles } }, { headers });
}

export function Layout({ children }: { children: ReactNode }) {
  const root = useRouteLoaderData<typeof loader>("root");
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
        <ScrollRestoration />
        <Scripts />
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
