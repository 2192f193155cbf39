import type { LoaderFunctionArgs } from "@remix-run/node";
import { auth } from "~/utils/auth.server";

/** The identity provider sends the user back here with a code; the session starts and the user goes on. */
export const loader = ({ request }: LoaderFunctionArgs) => auth.callback(request);

// A page route, not a resource route: a refusal it throws (the rate limit's 429, a failed log-in) renders
// our error page instead of a bare body.
export default function AuthRedirect() {
  return null;
}
