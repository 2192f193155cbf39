import type { LoaderFunctionArgs } from "@remix-run/node";
import { auth } from "~/utils/auth.server";

/** Starts a log-in at the identity provider; `returnTo` is where the user comes back to. */
export const loader = ({ request }: LoaderFunctionArgs) => auth.login(request);
