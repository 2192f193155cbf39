import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { metaT } from "~/i18n/meta";
import { LocaleLink, useLang } from "~/i18n/react";
import { ageOn } from "@vardportal/kit/personnummer";
import { requireSession } from "~/utils/auth.server";
import { canUse, formatPersonnummer, roleLabels, staffPageRoles } from "~/utils/roles";
import { pageTitle } from "~/utils/site";

export const meta: MetaFunction = ({ params }) => [{ title: pageTitle(metaT(params, "account")("title")) }];

const swedishToday = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(new Date());

/** What the portal knows about the signed-in user: only what the log-in told it. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { user, expiresAt } = await requireSession(request);
  const personnummer = user.personnummer ?? null;
  const birthDate = personnummer ? `${personnummer.slice(0, 4)}-${personnummer.slice(4, 6)}-${personnummer.slice(6, 8)}` : null;
  return data(
    {
      name: user.name ?? null,
      roles: user.roles,
      region: user.region ?? null,
      personnummer: personnummer ? formatPersonnummer(personnummer) : null,
      age: birthDate && Number(birthDate.slice(8)) <= 31 ? ageOn(birthDate, swedishToday()) : null,
      sessionEnds: new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", hour: "2-digit", minute: "2-digit" }).format(expiresAt),
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export default function MyPages() {
  const me = useLoaderData<typeof loader>();
  const { t } = useTranslation("account");
  const lang = useLang();
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold text-brand-dark">{t("title")}</h1>
      <dl className="mt-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">{t("name")}</dt>
        <dd lang={me.name && lang !== "sv" ? "sv" : undefined}>{me.name ?? t("unknown")}</dd>
        <dt className="font-semibold">{t("role")}</dt>
        <dd>{me.roles.map((r) => roleLabels[r][lang]).join(", ") || t("noRole")}</dd>
        {me.region ? (
          <>
            <dt className="font-semibold">{t("region")}</dt>
            <dd>{me.region}</dd>
          </>
        ) : null}
        {me.personnummer ? (
          <>
            <dt className="font-semibold">{t("personnummer")}</dt>
            <dd>
              {me.personnummer}
              {me.age !== null ? ` ${t("age", { count: me.age })}` : null}
            </dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("sessionEndsLabel")}</dt>
        <dd>{t("sessionEnds", { time: me.sessionEnds })}</dd>
      </dl>
      {canUse(me.roles, staffPageRoles) ? (
        <p className="mt-6">
          <LocaleLink to="/personal">{t("toStaffPages")}</LocaleLink>
        </p>
      ) : null}
      <Form method="post" action="/auth/logout" reloadDocument className="mt-8">
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">
          {t("logOut")}
        </button>
      </Form>
    </div>
  );
}
