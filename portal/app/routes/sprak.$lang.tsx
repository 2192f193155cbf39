import type { LoaderFunctionArgs } from "@remix-run/node";
import { switchLanguage } from "~/i18n/cookie.server";
import { isLang } from "~/i18n/languages";

/** The language switch: `/sprak/en?tillbaka=/avgifter` remembers English and opens `/en/avgifter` (decision 024). */
export async function loader({ params, request }: LoaderFunctionArgs) {
  if (!isLang(params.lang)) throw new Response("Not Found", { status: 404, statusText: "Not Found" });
  return switchLanguage(request, params.lang);
}
