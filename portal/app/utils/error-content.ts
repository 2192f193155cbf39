import { isRouteErrorResponse } from "@remix-run/react";

export type ErrorContent = { status: number; title: string; message: string };

const expected: Record<number, Omit<ErrorContent, "status">> = {
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

const apology = {
  title: "Något gick fel",
  message: "Vi ber om ursäkt. Ett oväntat fel uppstod. Försök igen om en stund.",
};

/**
 * What the error page says. Expected failures are Responses with a status; anything else is unexpected, is
 * logged on the server with a request id, and is shown only as an apology: never a message or a stack.
 */
export function describeError(error: unknown): ErrorContent {
  if (!isRouteErrorResponse(error)) return { status: 500, ...apology };
  const known = expected[error.status];
  if (known) return { status: error.status, ...known };
  if (error.status >= 400 && error.status < 500) {
    return { status: error.status, title: "Sidan kunde inte visas", message: "Kontrollera adressen och försök igen." };
  }
  return { status: error.status, ...apology };
}
