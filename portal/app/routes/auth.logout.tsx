import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { auth } from "~/utils/auth.server";

/** Log-out is a POST (a link or an image cannot log anyone out); it ends the session here and at the provider. */
export const action = ({ request }: ActionFunctionArgs) => auth.logout(request);

export const loader = () => redirect("/");
