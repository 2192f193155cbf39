/**
 * `caseKey` names the case (a status such as "404", a code such as "LOGIN_EXPIRED", "clientError" or "unexpected")
 * so an app with more than one language can look its own words up; `title`/`message` are the Swedish ones.
 */
export type ErrorContent = { status: number; caseKey: string; title: string; message: string; retryLogin?: boolean };

const expected: Record<number, Omit<ErrorContent, "status" | "caseKey">> = {
  400: {
    title: "Felaktig begäran",
    message: "Sidan kunde inte visas eftersom begäran var felaktig. Kontrollera adressen och försök igen.",
  },
  401: { title: "Du behöver logga in", message: "Du måste vara inloggad för att se den här sidan." },
  403: {
    title: "Du har inte behörighet",
    message: "Du har inte behörighet att se den här sidan. Om du tror att det är fel, kontakta den som gav dig länken.",
  },
  404: {
    title: "Sidan finns inte",
    message: "Sidan du söker finns inte eller har flyttats. Kontrollera adressen eller gå till startsidan.",
  },
  405: { title: "Det går inte att göra så här", message: "Sidan tar inte emot den sortens begäran." },
  429: {
    title: "För många försök",
    message: "Du har gjort många försök på kort tid. Vänta en stund och försök sedan igen.",
  },
  503: {
    title: "Tjänsten är inte tillgänglig just nu",
    message: "Vi ber om ursäkt. Försök igen om en stund.",
  },
};

/** Failures of the log-in itself, told apart by the code a thrown Response carries. */
const byCode: Record<string, Omit<ErrorContent, "status" | "caseKey">> = {
  LOGIN_EXPIRED: {
    title: "Inloggningen tog för lång tid",
    message: "Inloggningen hann gå ut eller startades i en annan flik. Logga in igen.",
  },
  LOGIN_CANCELLED: { title: "Inloggningen avbröts", message: "Du avbröt inloggningen. Du kan logga in igen när du vill." },
  LOGIN_FAILED: { title: "Inloggningen misslyckades", message: "Inloggningen kunde inte slutföras. Försök igen." },
  IDENTITY_PROVIDER_UNAVAILABLE: {
    title: "Inloggningen fungerar inte just nu",
    message: "Tjänsten för inloggning svarar inte. Försök igen om en stund. Sidor som inte kräver inloggning fungerar som vanligt.",
  },
  CROSS_SITE_REQUEST: {
    title: "Formuläret kom från en annan webbplats",
    message: "Vi tar bara emot formulär som skickas från våra egna sidor. Gå till sidan och skicka formuläret därifrån.",
  },
  FORBIDDEN: {
    title: "Du har inte behörighet",
    message: "Sidan är till för en annan roll än din. Om du tror att det är fel, logga ut och logga in med rätt konto.",
  },
};

const apology = {
  title: "Något gick fel",
  message: "Vi ber om ursäkt. Ett oväntat fel uppstod. Försök igen om en stund.",
};

/**
 * What the error page says. Expected failures are Responses with a status; anything else is unexpected, is
 * logged on the server with a request id, and is shown only as an apology: never a message or a stack.
 */
export function describeError(error: unknown): ErrorContent {
  if (!isRouteErrorResponse(error)) return { status: 500, caseKey: "unexpected", ...apology };
  const code = typeof error.data === "object" && error.data !== null ? (error.data as { code?: unknown }).code : undefined;
  const coded = typeof code === "string" ? byCode[code] : undefined;
  if (typeof code === "string" && coded) return { status: error.status, caseKey: code, ...coded, ...(code.startsWith("LOGIN_") ? { retryLogin: true } : {}) };
  const known = expected[error.status];
  if (known) return { status: error.status, caseKey: String(error.status), ...known };
  if (error.status >= 400 && error.status < 500) {
    return { status: error.status, caseKey: "clientError", title: "Sidan kunde inte visas", message: "Kontrollera adressen och försök igen." };
  }
  return { status: error.status, caseKey: "unexpected", ...apology };
}

/** The shape Remix gives an error boundary for a thrown Response (what its isRouteErrorResponse checks). */
function isRouteErrorResponse(error: unknown): error is { status: number; statusText: string; data: unknown } {
  if (typeof error !== "object" || error === null) return false;
  const candidate = error as Record<string, unknown>;
  return typeof candidate.status === "number" && typeof candidate.statusText === "string" && typeof candidate.internal === "boolean" && "data" in candidate;
}
