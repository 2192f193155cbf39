import { fillForm } from "../../oidc/login.js";

/** Cookies per origin, as a browser keeps them (enough for the portal and the local provider on one host). */
export class OriginCookieJar {
  readonly #byOrigin = new Map<string, Map<string, { value: string; path: string }>>();

  store(url: URL, response: Response): void {
    const cookies = this.#byOrigin.get(url.origin) ?? new Map();
    this.#byOrigin.set(url.origin, cookies);
    for (const header of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = header.split(";").map((part) => part.trim());
      const at = pair.indexOf("=");
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      const path = attributes.find((a) => /^path=/i.test(a))?.slice(5) || "/";
      const expired = attributes.some((a) => /^max-age=(0|-)/i.test(a));
      if (expired || value === "") cookies.delete(`${name};${path}`);
      else cookies.set(`${name};${path}`, { value, path });
    }
  }

  header(url: URL): string | undefined {
    const cookies = this.#byOrigin.get(url.origin);
    if (!cookies) return undefined;
    const matching = [...cookies].filter(([, c]) => url.pathname === c.path || url.pathname.startsWith(c.path.endsWith("/") ? c.path : `${c.path}/`));
    return matching.length ? matching.map(([key, c]) => `${key.split(";")[0]}=${c.value}`).join("; ") : undefined;
  }
}

/** Fetch as a browser would, following redirects across the portal and the provider, until a page. */
async function browse(jar: OriginCookieJar, start: URL, init: { method?: "GET" | "POST"; form?: URLSearchParams } = {}) {
  let url = start;
  let method = init.method ?? "GET";
  let body = init.form;
  for (let hops = 0; hops < 15; hops++) {
    const headers: Record<string, string> = { accept: "text/html" };
    const cookie = jar.header(url);
    if (cookie) headers.cookie = cookie;
    if (body) headers["content-type"] = "application/x-www-form-urlencoded";
    if (method === "POST") headers.origin = url.origin;
    const response = await fetch(url, { method, headers, body, redirect: "manual" });
    jar.store(url, response);
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      url = new URL(location, url);
      method = "GET";
      body = undefined;
      continue;
    }
    return { url, status: response.status, html: await response.text() };
  }
  throw new Error(`more than fifteen redirects from ${start.href}`);
}

/**
 * Logs a persona of the local provider in to the portal (or the admin) through the real flow — the app's
 * /auth/login, the provider's page, the app's callback — and returns the app's cookie header.
 */
export async function logInToApp(appUrl: string, persona: string, cookieName = "vp_session"): Promise<string> {
  const jar = new OriginCookieJar();
  const page = await browse(jar, new URL("/auth/login?returnTo=/tillganglighet", appUrl));
  if (page.status !== 200 || !page.html.includes(`value="${persona}"`)) {
    throw new Error(`expected the provider's log-in page, got ${page.status} at ${page.url.href}`);
  }
  const { action, form } = fillForm(page, (html) => html.includes(`name="persona" value="${persona}"`), {}, { name: "persona", value: persona });
  const back = await browse(jar, action, { method: "POST", form });
  const app = new URL(appUrl);
  const cookie = jar.header(new URL("/", app));
  if (!cookie?.includes(`${cookieName}=`)) throw new Error(`no session after log-in as ${persona}: ${back.status} ${back.url.href}`);
  return cookie.split("; ").filter((c) => c.startsWith(`${cookieName}=`)).join("; ");
}
