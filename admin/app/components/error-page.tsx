import { Form, Link } from "@remix-run/react";
import type { ErrorContent } from "@vardportal/web/error-content";

export function ErrorPage({ status, title, message, retryLogin }: ErrorContent) {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold text-brand-dark">{title}</h1>
      <p className="mt-3 text-lg">{message}</p>
      {status === 403 ? (
        <p className="mt-3">Redigeringsverktyget är till för redaktörer och administratörer.</p>
      ) : null}
      <div className="mt-6 flex flex-wrap items-center gap-6">
        <Link to="/">Till startsidan</Link>
        {retryLogin ? <a href="/auth/login?returnTo=%2F">Logga in igen</a> : null}
        {status === 403 ? (
          <Form method="post" action="/auth/logout" reloadDocument>
            <button type="submit" className="rounded border-2 border-brand px-3 py-1 font-semibold text-brand-dark">
              Logga ut och byt konto
            </button>
          </Form>
        ) : null}
      </div>
      <p className="mt-6 text-muted">Felkod: {status}</p>
    </div>
  );
}
