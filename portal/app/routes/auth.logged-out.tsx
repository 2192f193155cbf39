import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { pageTitle } from "~/utils/site";

export const meta: MetaFunction = () => [{ title: pageTitle("Du är utloggad") }];

export default function LoggedOut() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold text-brand-dark">Du är utloggad</h1>
      <p className="mt-3 text-lg">
        Du har loggat ut från Vårdportalen. Om du använder en dator som andra också använder, stäng webbläsaren.
      </p>
      <p className="mt-3" lang="en">
        You have logged out.
      </p>
      <p className="mt-6 flex gap-6">
        <Link to="/">Till startsidan</Link>
        <a href="/auth/login?returnTo=%2F">Logga in igen</a>
      </p>
    </div>
  );
}
