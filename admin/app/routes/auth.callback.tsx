import type { LoaderFunctionArgs } from "@remix-run/node";
import { auth } from "~/utils/auth.server";

/** The identity provider sends the user back here with a code; the session starts and the user goes on. */
export const loader = ({ request }: LoaderFunctionArgs) => auth.callback(request);
