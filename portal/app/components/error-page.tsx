import { Link } from "@remix-run/react";
import type { ErrorContent } from "@vardportal/web/error-content";

export function ErrorPage({ status, title, message, retryLogin }: ErrorContent) {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold text-brand-dark">{title}</h1>
      <p className="mt-3 text-lg">{message}</p>
      <p className="mt-6 flex gap-6">
        <Link to="/">Till startsidan</Link>
        {retryLogin ? <a href="/auth/login?returnTo=%2F">Logga in igen</a> : null}
      </p>
      <p className="mt-6 text-muted">Felkod: {status}</p>
    </div>
  );
}
