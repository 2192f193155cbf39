import * as client from "openid-client";

/**
 * A real log-in without a browser, for tests that need a real access token: the authorization
 * code flow with PKCE through the provider's own pages, with plain fetch, a tiny cookie jar and
 * redirects followed by hand. It reads only the forms this provider renders.
 */

export type ClientCredentials = { issuer: string; clientId: string; clientSecret: string };

export type LoginOptions = ClientCredentials & {
  redirectUri: string;
  scope?: string;
} & ({ persona: string; personnummer?: never } | { personnummer: string; persona?: never });

export type LoginResult = {
  accessToken: string;
  idToken: string;
  refreshToken: string;
  claims: client.IDToken;
  /** The browser's cookies at the provider: its log-in session, for a later RP-initiated logout. */
  cookies: CookieJar;
};

export const defaultScope = "openid profile vardportal offline_access";

/** Cookies by name and path; enough for one host that sets path-scoped, signed cookies. */
export class CookieJar {
  readonly #cookies = new Map<string, { name: string; value: string; path: string }>();

  store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = header.split(";").map((part) => part.trim());
      const at = pair.indexOf("=");
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      const path = attributes.find((a) => /^path=/i.test(a))?.slice(5) || "/";
      const expired = attributes.some((a) => /^max-age=(0|-)/i.test(a) || (/^expires=/i.test(a) && Date.parse(a.slice(8)) <= Date.now()));
      const key = `${name};${path}`;
      if (expired || value === "") this.#cookies.delete(key);
      else this.#cookies.set(key, { name, value, path });
    }
  }

  header(url: URL): string | undefined {
    const matching = [...this.#cookies.values()].filter(
      (c) => url.pathname === c.path || url.pathname.startsWith(c.path.endsWith("/") ? c.path : `${c.path}/`),
    );
    return matching.length ? matching.map((c) => `${c.name}=${c.value}`).join("; ") : undefined;
  }
}

export type Visit =
  /** Stopped at a redirect to `stopAt` (the app's callback or post-logout page): not fetched. */
  | { kind: "redirect"; location: URL }
  /** A page the provider rendered (a log-in page, an error). */
  | { kind: "page"; url: URL; status: number; html: string };

/** Fetch as a browser would: cookies in and out, redirects followed, until a page or `stopAt`. */
export async function visit(
  jar: CookieJar,
  start: URL,
  stopAt: string,
  init: { method?: "GET" | "POST"; form?: URLSearchParams } = {},
): Promise<Visit> {
  let url = start;
  let method = init.method ?? "GET";
  let body: URLSearchParams | undefined = init.form;
  for (let hops = 0; hops < 10; hops++) {
    const headers: Record<string, string> = { accept: "text/html" };
    const cookie = jar.header(url);
    if (cookie) headers.cookie = cookie;
    if (body) headers["content-type"] = "application/x-www-form-urlencoded";
    const response = await fetch(url, { method, headers, body, redirect: "manual" });
    jar.store(response);
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      url = new URL(location, url);
      if (url.href.startsWith(stopAt)) return { kind: "redirect", location: url };
      if (response.status !== 307 && response.status !== 308) {
        method = "GET";
        body = undefined;
      }
      continue;
    }
    return { kind: "page", url, status: response.status, html: await response.text() };
  }
  throw new Error(`more than ten redirects from ${start.href}`);
}

const decode = (text: string) =>
  text.replace(/&(#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) =>
    entity.startsWith("#") ? String.fromCharCode(Number(entity.slice(1))) : ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[entity]!,
  );

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, name, value] of tag.matchAll(/([\w:.-]+)="([^"]*)"/g)) found[name!.toLowerCase()] = decode(value!);
  return found;
}

export type FilledForm = { action: URL; form: URLSearchParams };

/**
 * The form a browser would submit from `page`: the first whose markup `matches`, with its hidden
 * and text fields (text fields set from `values`) and the submit button whose name and value are
 * in `button`, if any.
 */
export function fillForm(
  page: { url: URL; html: string },
  matches: (formHtml: string) => boolean,
  values: Record<string, string> = {},
  button?: { name: string; value: string },
): FilledForm {
  for (const [, open = "", inner = ""] of page.html.matchAll(/(<form\b[^>]*>)([\s\S]*?)<\/form>/g)) {
    if (!matches(inner)) continue;
    const form = new URLSearchParams();
    for (const [input] of inner.matchAll(/<input\b[^>]*>/g)) {
      const { name, value = "", type = "text" } = attributes(input);
      if (!name) continue;
      if (type === "hidden") form.append(name, value);
      else if (type === "text") form.append(name, values[name] ?? value);
    }
    if (button) form.append(button.name, button.value);
    return { action: new URL(attributes(open).action ?? page.url.href, page.url), form };
  }
  throw new Error(`no matching form on ${page.url.href}:\n${page.html.slice(0, 500)}`);
}

/** Forms on the provider's log-in page. */
export const loginForms = {
  persona: (page: { url: URL; html: string }, persona: string) =>
    fillForm(page, (html) => html.includes(`name="persona" value="${persona}"`), {}, { name: "persona", value: persona }),
  personnummer: (page: { url: URL; html: string }, personnummer: string) =>
    fillForm(page, (html) => html.includes(`name="personnummer"`), { personnummer }),
};

/**
 * Discovery with our client's secret (client_secret_basic). The local provider speaks plain
 * http on 127.0.0.1, which openid-client refuses unless told otherwise: only here, only for http.
 */
export function discover({ issuer, clientId, clientSecret }: ClientCredentials): Promise<client.Configuration> {
  return client.discovery(new URL(issuer), clientId, undefined, client.ClientSecretBasic(clientSecret), {
    execute: issuer.startsWith("http:") ? [client.allowInsecureRequests] : [],
  });
}

/** The start of a log-in: the authorization request, followed to the provider's log-in page. */
export async function openLoginPage(options: Omit<LoginOptions, "persona" | "personnummer">) {
  const config = await discover(options);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const authorizationUrl = client.buildAuthorizationUrl(config, {
    redirect_uri: options.redirectUri,
    scope: options.scope ?? defaultScope,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state,
  });
  const jar = new CookieJar();
  const result = await visit(jar, authorizationUrl, options.redirectUri);
  if (result.kind !== "page" || result.status !== 200) {
    throw new Error(`expected the log-in page, got ${result.kind === "page" ? `${result.status} ${result.html.slice(0, 300)}` : result.location.href}`);
  }
  return { config, jar, page: result, codeVerifier, state };
}

/** Log in as a persona (or an ad-hoc resident) and exchange the code, as the apps do. */
export async function loginWithCode(options: LoginOptions): Promise<LoginResult> {
  const { config, jar, page, codeVerifier, state } = await openLoginPage(options);
  const { action, form } =
    options.persona !== undefined ? loginForms.persona(page, options.persona) : loginForms.personnummer(page, options.personnummer);
  const result = await visit(jar, action, options.redirectUri, { method: "POST", form });
  if (result.kind !== "redirect") {
    throw new Error(`the provider did not send the browser back: ${result.status} ${result.html.slice(0, 500)}`);
  }
  const tokens = await client.authorizationCodeGrant(config, result.location, { pkceCodeVerifier: codeVerifier, expectedState: state });
  const claims = tokens.claims();
  if (!tokens.id_token || !tokens.refresh_token || !claims) throw new Error(`incomplete token response: ${Object.keys(tokens).join(", ")}`);
  return { accessToken: tokens.access_token, idToken: tokens.id_token, refreshToken: tokens.refresh_token, claims, cookies: jar };
}

/**
 * RP-initiated logout as the browser does it after an app redirects there: the provider's page
 * sends its form on by itself, and the browser lands on `postLogoutRedirectUri`.
 */
export async function endSession(
  options: ClientCredentials & { idToken: string; postLogoutRedirectUri: string; cookies: CookieJar },
): Promise<URL> {
  const config = await discover(options);
  const url = client.buildEndSessionUrl(config, { id_token_hint: options.idToken, post_logout_redirect_uri: options.postLogoutRedirectUri });
  let result = await visit(options.cookies, url, options.postLogoutRedirectUri);
  if (result.kind === "page") {
    const { action, form } = fillForm(result, () => true);
    result = await visit(options.cookies, action, options.postLogoutRedirectUri, { method: "POST", form });
  }
  if (result.kind !== "redirect") throw new Error(`logout did not return to the app: ${result.status} ${result.html.slice(0, 500)}`);
  return result.location;
}
