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
      <p className="mt-6 flex gap-6">
        <Link to="/">Till startsidan</Link>
        <a href="/auth/login?returnTo=%2F">Logga in igen</a>
      </p>
      {/* One address for both languages (the identity provider returns here): the English is on the page too. */}
      <div lang="en" className="mt-8 border-t-2 border-brand pt-6">
        <h2 className="text-2xl font-bold text-brand-dark">You have logged out</h2>
        <p className="mt-3 text-lg">
          You have logged out of <span lang="sv">Vårdportal</span>. If you are using a computer that others also use, close the browser.
        </p>
        <p className="mt-6 flex gap-6">
          <Link to="/en">Go to the home page</Link>
          <a href="/auth/login?returnTo=%2Fen">Log in again</a>
        </p>
      </div>
    </div>
  );
}
