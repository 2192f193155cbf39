import type { Auth, Session } from "./auth.js";
import type { Role } from "@vardportal/kit/identity";

export type ViewerState = { session: Session | null; headers: Headers };

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8" } });

/**
 * The checks a route loader makes, as thrown Responses a Remix route understands: a redirect to log
 * in (and back), or 403 with the code FORBIDDEN for the error page.
 */
export function createGuards(auth: Auth) {
  /**
   * The signed-in user, or null. A session that has run out sends the user to log in again and back
   * to this page; a tampered cookie or one of a logged-out session counts as none, and is cleared.
   */
  async function getViewer(request: Request): Promise<ViewerState> {
    const headers = new Headers();
    const state = await auth.readSession(request);
    if (state.status === "active") return { session: state.session, headers };
    if (state.status === "none") return { session: null, headers };
    if (state.status === "expired") {
      throw new Response(null, { status: 302, headers: { location: auth.loginUrl(request, "expired"), "set-cookie": state.clearCookie } });
    }
    headers.append("set-cookie", state.clearCookie);
    return { session: null, headers };
  }

  /** For signed-in users: anonymous visitors are sent to log in and brought back here. */
  async function requireSession(request: Request): Promise<Session> {
    const { session } = await getViewer(request);
    if (!session) throw new Response(null, { status: 302, headers: { location: auth.loginUrl(request, "required") } });
    return session;
  }

  /** For some roles only: others who are signed in get 403; anonymous visitors log in first. */
  async function requireRole(request: Request, ...roles: Role[]): Promise<Session> {
    const session = await requireSession(request);
    if (!hasRole(session, ...roles)) throw json(403, { code: "FORBIDDEN" });
    return session;
  }

  return { getViewer, requireSession, requireRole };
}

export const hasRole = (session: Session | null, ...roles: Role[]) => !!session && session.user.roles.some((r) => roles.includes(r));
