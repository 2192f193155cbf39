import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteError, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { ErrorPage } from "~/components/error-page";
import { SiteFooter } from "~/components/site-footer";
import { SiteHeader } from "~/components/site-header";
import { getViewer } from "~/utils/auth.server";
import { env } from "~/utils/env.server";
import { describeError } from "@vardportal/web/error-content";
import { mainContentId, pageTitle } from "~/utils/site";
import stylesheet from "./tailwind.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = ({ error }) => [{ title: pageTitle(error ? describeError(error).title : undefined) }];

/** Who is signed in, for the header; a page for one user is never stored by a shared cache. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { session, headers } = await getViewer(request);
  if (session) headers.set("Cache-Control", "private, no-store");
  const user = session ? { name: session.user.name ?? null, roles: session.user.roles } : null;
  return data({ user, adminUrl: env.ADMIN_URL ?? null }, { headers });
}

export function Layout({ children }: { children: ReactNode }) {
  // Absent when the root loader itself failed: the header then shows the signed-out state.
  const root = useRouteLoaderData<typeof loader>("root");
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
