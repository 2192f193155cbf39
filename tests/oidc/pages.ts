import { createHash } from "node:crypto";
import type { Role } from "@vardportal/kit/identity";
import { personnummerMessages, type PersonnummerProblem } from "@vardportal/kit/personnummer";
import type { Bilingual, Persona } from "./personas.js";

/**
 * The provider's pages: plain server-rendered HTML, Swedish first with English beside it, no
 * external assets (the portal makes no third-party request, and neither does its log-in).
 */

export type Page = { status: number; html: string; headers: Record<string, string> };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const roleLabels: Record<Role, Bilingual> = {
  resident: { sv: "Invånare", en: "Resident" },
  staff: { sv: "Vårdpersonal", en: "Care staff" },
  archivist: { sv: "Arkivarie", en: "Archivist" },
  editor: { sv: "Redaktör", en: "Editor" },
  admin: { sv: "Administratör", en: "Administrator" },
};

const style = `
*{box-sizing:border-box}
body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#f4f5f7}
main{max-width:44rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:1.6rem;margin:0 0 1rem}h2{font-size:1.2rem;margin:2rem 0 .75rem}
[lang=en]{color:#3d3d3d}
.en{display:block;font-size:.95em}
.notice{border:2px solid #8a5a00;background:#fff4d6;padding:.75rem 1rem;border-radius:4px}
.notice p{margin:.25rem 0}
ul.personas{list-style:none;margin:0;padding:0;display:grid;gap:.5rem}
button{font:inherit;cursor:pointer;border-radius:4px}
.persona{width:100%;text-align:left;padding:.75rem 1rem;background:#fff;color:#1a1a1a;border:2px solid #767676}
.persona:hover{border-color:#1b4f9c;background:#eef3fb}
.persona>span{display:block}
.persona .name{font-weight:700;font-size:1.05rem}
.primary{padding:.6rem 1.25rem;background:#1b4f9c;color:#fff;border:2px solid #1b4f9c}
.primary [lang=en]{color:#fff}
.secondary{padding:.5rem 1rem;background:#fff;color:#1b4f9c;border:2px solid #1b4f9c}
label{display:block;font-weight:700}
.hint{margin:.25rem 0;color:#3d3d3d}
input[type=text]{font:inherit;width:100%;max-width:20rem;padding:.5rem;border:2px solid #767676;border-radius:4px;display:block;margin:.25rem 0 .75rem}
input[aria-invalid=true]{border-color:#b00020}
.error{color:#b00020;font-weight:700;margin:.25rem 0}
.error [lang=en]{color:#b00020}
:focus-visible{outline:3px solid #1b4f9c;outline-offset:2px;box-shadow:0 0 0 5px #fff}
.actions{margin-top:2rem}
`;

function sha256(script: string): string {
  return `'sha256-${createHash("sha256").update(script).digest("base64")}'`;
}

function document(title: string, body: string, script?: string): string {
  return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
<main>
${body}
</main>${script ? `\n<script>${script}</script>` : ""}
</body>
</html>`;
}

/** Nothing but our own inline style (and, on the log-out page, one hashed inline script) may run. */
export function pageHeaders(script?: string): Record<string, string> {
  return {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "content-security-policy": [
      "default-src 'none'",
      "style-src 'unsafe-inline'",
      `script-src ${script ? sha256(script) : "'none'"}`,
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ].join("; "),
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
  };
}

function both(text: Bilingual): string {
  return `${escapeHtml(text.sv)} <span class="en" lang="en">${escapeHtml(text.en)}</span>`;
}

const notice = `<div class="notice" role="note">
<p><strong>Lokal testinloggning, endast för utveckling.</strong> Det här är inte en riktig e-legitimation (BankID, Freja) och ingen identitet kontrolleras: vem som helst kan logga in som vem som helst.</p>
<p lang="en"><strong>Local test log-in, for development only.</strong> This is not a real e-ID (BankID, Freja) and no identity is checked: anyone can log in as anyone.</p>
</div>`;

function personaButton(persona: Persona): string {
  const roles = persona.roles.map((role) => roleLabels[role]);
  const facts = (lang: keyof Bilingual, years: string) =>
    [roles.map((r) => r[lang]).join(", "), persona.age === undefined ? undefined : `${persona.age} ${years}`, persona.region]
      .filter(Boolean)
      .join(" · ");
  return `<li><button class="persona" type="submit" name="persona" value="${escapeHtml(persona.id)}">
<span class="name">${escapeHtml(persona.name)}</span>
<span>${escapeHtml(facts("sv", "år"))} <span lang="en">(${escapeHtml(facts("en", "years"))})</span></span>
<span>${escapeHtml(persona.description.sv)}</span>
<span lang="en">${escapeHtml(persona.description.en)}</span>
</button></li>`;
}

export type LoginPageInput = {
  /** Where every form on the page posts: the interaction's own URL. */
  action: string;
  clientName: string;
  personas: Persona[];
  personnummer?: { value: string; problem?: PersonnummerProblem };
};

export function loginPage({ action, clientName, personas, personnummer }: LoginPageInput): Page {
  const problem = personnummer?.problem;
  const message = problem ? personnummerMessages[problem] : undefined;
  const title = `${message ? "Fel: " : ""}Testinloggning till ${clientName} – lokal utveckling`;
  const body = `<h1>Testinloggning <span class="en" lang="en">Test log-in</span></h1>
${notice}
<p>Du loggar in till ${escapeHtml(clientName)}. <span lang="en">You are logging in to ${escapeHtml(clientName)}.</span></p>

<h2 id="personas-heading">Välj en testperson <span class="en" lang="en">Choose a test persona</span></h2>
<form method="post" action="${escapeHtml(action)}" aria-labelledby="personas-heading">
<input type="hidden" name="intent" value="persona">
<ul class="personas">
${personas.map(personaButton).join("\n")}
</ul>
</form>

<h2 id="resident-heading">Logga in som annan invånare <span class="en" lang="en">Log in as another resident</span></h2>
<form method="post" action="${escapeHtml(action)}" aria-labelledby="resident-heading" novalidate>
<input type="hidden" name="intent" value="personnummer">
<label for="personnummer">Personnummer eller samordningsnummer <span class="en" lang="en">Personal identity number or coordination number</span></label>
<p class="hint" id="personnummer-hint">ÅÅÅÅMMDD-XXXX, till exempel 19121212-1212. <span lang="en">YYYYMMDD-XXXX, for example 19121212-1212.</span></p>
${message ? `<p class="error" id="personnummer-error">${both(message)}</p>\n` : ""}<input type="text" id="personnummer" name="personnummer" inputmode="numeric" autocomplete="off" spellcheck="false" value="${escapeHtml(personnummer?.value ?? "")}" aria-describedby="personnummer-hint${message ? " personnummer-error" : ""}"${message ? ' aria-invalid="true"' : ""}>
<button class="primary" type="submit">Logga in <span lang="en">Log in</span></button>
</form>

<form class="actions" method="post" action="${escapeHtml(action)}">
<input type="hidden" name="intent" value="abort">
<button class="secondary" type="submit">Avbryt inloggningen <span lang="en">Cancel the log-in</span></button>
</form>`;
  return { status: message ? 400 : 200, html: document(title, body), headers: pageHeaders() };
}

export function messagePage(status: number, heading: Bilingual, text: Bilingual, detail?: string): Page {
  const body = `<h1>${both(heading)}</h1>
${notice}
<p>${both(text)}</p>${detail ? `\n<p><code>${escapeHtml(detail)}</code></p>` : ""}`;
  return { status, html: document(`${heading.sv} – testinloggning`, body), headers: pageHeaders() };
}

export const expiredInteraction = () =>
  messagePage(
    400,
    { sv: "Inloggningen har gått ut", en: "The log-in has expired" },
    {
      sv: "Gå tillbaka till tjänsten och börja om inloggningen.",
      en: "Go back to the service and start the log-in again.",
    },
  );

/**
 * The provider's log-out form, sent on at once: the log-out came from one of our own apps (the
 * request names the client), so a confirmation page would only be in the way. Without JavaScript
 * the same form shows a button.
 */
export function logoutAutoSubmitPage(form: string): Page {
  const script = `document.getElementById("op.logoutForm").submit();`;
  const body = `<h1>Loggar ut <span class="en" lang="en">Logging out</span></h1>
${withLogoutField(form, `<noscript><button class="primary" type="submit">Logga ut <span lang="en">Log out</span></button></noscript>`)}`;
  return { status: 200, html: document("Loggar ut – testinloggning", body, script), headers: pageHeaders(script) };
}

/** A log-out request that names no client could come from anywhere: ask first. */
export function logoutConfirmPage(form: string): Page {
  const body = `<h1>Vill du logga ut? <span class="en" lang="en">Do you want to log out?</span></h1>
${notice}
${withLogoutField(form, `<button class="primary" type="submit">Logga ut <span lang="en">Log out</span></button>`)}
<p>Vill du inte logga ut kan du stänga fliken. <span lang="en">If you do not want to log out, close this tab.</span></p>`;
  return { status: 200, html: document("Logga ut? – testinloggning", body), headers: pageHeaders() };
}

/** oidc-provider's form carries the xsrf value; `logout=yes` ends the whole session, not one app's part. */
function withLogoutField(form: string, button: string): string {
  return form.replace("</form>", `<input type="hidden" name="logout" value="yes">${button}</form>`);
}

export const loggedOutPage = () =>
  messagePage(200, { sv: "Du är utloggad", en: "You are logged out" }, { sv: "Du kan stänga fliken.", en: "You can close this tab." });
