import type { LoaderFunctionArgs } from "@remix-run/node";
import { auth } from "~/utils/auth.server";

/** Starts a log-in at the identity provider; `returnTo` is where the user comes back to. */
export const loader = ({ request }: LoaderFunctionArgs) => auth.login(request);

// A page route, not a resource route: a refusal it throws (the rate limit's 429, a failed log-in) renders
// our error page instead of a bare body.
export default function AuthRedirect() {
  return null;
}
