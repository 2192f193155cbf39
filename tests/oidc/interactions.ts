import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "@vardportal/kit/logger";
import { parsePersonnummer } from "@vardportal/kit/personnummer";
import type Provider from "oidc-provider";
import { errors } from "oidc-provider";
import { residentAccountId } from "./accounts.js";
import { expiredInteraction, loginPage, messagePage, type LoginPageInput, type Page } from "./pages.js";
import { findPersona, personasOn } from "./personas.js";

const interactionPath = /^\/interaction\/([A-Za-z0-9_-]+)$/;
const maxFormBytes = 4096;

class FormTooLarge extends Error {}

function send(res: ServerResponse, page: Page) {
  res.writeHead(page.status, page.headers).end(page.html);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxFormBytes) throw new FormTooLarge();
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

const badRequest = (text: string) =>
  messagePage(400, { sv: "Felaktig begäran", en: "Bad request" }, { sv: "Gå tillbaka och försök igen.", en: "Go back and try again." }, text);

/**
 * Our own log-in page, at the URL oidc-provider sends the browser to (`/interaction/<uid>`). A post
 * only counts when the interaction cookie (signed, SameSite=Lax, scoped to this very path) names
 * the same interaction as the URL: a form posted from another site, or for another interaction,
 * finds nothing to finish.
 *
 * Returns false for any other path, so the caller hands the request to the provider.
 */
export function createInteractionHandler(provider: Provider, logger?: Logger) {
  return async function handleInteraction(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    if (!url.pathname.startsWith("/interaction/")) return false;
    const uid = interactionPath.exec(url.pathname)?.[1];
    try {
      if (!uid) {
        send(res, messagePage(404, { sv: "Sidan finns inte", en: "Page not found" }, { sv: "Kontrollera adressen.", en: "Check the address." }));
        return true;
      }
      if (req.method !== "GET" && req.method !== "POST") {
        res.writeHead(405, { allow: "GET, POST" }).end();
        return true;
      }
      const form = req.method === "POST" ? await readForm(req) : undefined;
      let details;
      try {
        details = await provider.interactionDetails(req, res);
      } catch (error) {
        if (error instanceof errors.SessionNotFound) {
          send(res, expiredInteraction());
          return true;
        }
        throw error;
      }
      if (details.uid !== uid) {
        send(res, expiredInteraction());
        return true;
      }
      if (details.prompt.name !== "login") {
        // Consent is granted in loadExistingGrant for both of our clients; nothing else is asked here.
        await provider.interactionFinished(req, res, { error: "access_denied", error_description: `unsupported prompt ${details.prompt.name}` });
        return true;
      }

      const clientId = String(details.params.client_id ?? "");
      const client = await provider.Client.find(clientId);
      const page = (personnummer?: LoginPageInput["personnummer"]) =>
        loginPage({ action: url.pathname, clientName: client?.clientName ?? clientId, personas: personasOn(), personnummer });

      if (!form) {
        send(res, page());
        return true;
      }

      const login = (accountId: string) =>
        provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });

      switch (form.get("intent")) {
        case "persona": {
          const persona = findPersona(form.get("persona") ?? "");
          if (!persona) send(res, badRequest("unknown persona"));
          else await login(persona.id);
          return true;
        }
        case "personnummer": {
          const value = form.get("personnummer") ?? "";
          const parsed = parsePersonnummer(value);
          if (!parsed.ok) send(res, page({ value, problem: parsed.problem }));
          else await login(residentAccountId(parsed.personnummer.value));
          return true;
        }
        case "abort":
          await provider.interactionFinished(
            req,
            res,
            { error: "access_denied", error_description: "End-User aborted interaction" },
            { mergeWithLastSubmission: false },
          );
          return true;
        default:
          send(res, badRequest("unknown intent"));
          return true;
      }
    } catch (error) {
      if (error instanceof FormTooLarge) {
        send(res, badRequest("form too large"));
        return true;
      }
      logger?.error({ err: error, path: url.pathname }, "interaction failed");
      if (!res.headersSent) {
        send(
          res,
          messagePage(
            500,
            { sv: "Något gick fel", en: "Something went wrong" },
            { sv: "Gå tillbaka till tjänsten och försök igen.", en: "Go back to the service and try again." },
          ),
        );
      }
      return true;
    }
  };
}
