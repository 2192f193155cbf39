import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type Provider from "oidc-provider";
import { createInteractionHandler } from "./interactions.js";
import { loadOrCreateJwks } from "./keys.js";
import { createOidcProvider, type OidcProviderOptions } from "./provider.js";

export type OidcServerOptions = Omit<OidcProviderOptions, "issuer" | "jwks"> & {
  host: string;
  /** 0 picks a free port (tests); the issuer then names the port actually bound. */
  port: number;
  dataDir: string;
};

export type OidcServer = {
  issuer: string;
  provider: Provider;
  close(): Promise<void>;
};

function issuerFor(host: string, port: number): string {
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}

/** The provider and our log-in pages on one port: `main.ts` runs it, tests start it in-process. */
export async function startOidcServer(options: OidcServerOptions): Promise<OidcServer> {
  const { host, port, dataDir, ...providerOptions } = options;
  const jwks = await loadOrCreateJwks(dataDir);
  const server = createServer();

  const issuer = await new Promise<string>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(issuerFor(host, (server.address() as AddressInfo).port));
    });
  });

  // Attached before the event loop turns again after listening, so no request meets a half-made server.
  const provider = createOidcProvider({ ...providerOptions, issuer, jwks });
  const handleInteraction = createInteractionHandler(provider, options.logger);
  const handleProtocol = provider.callback();
  server.on("request", (req, res) => {
    const url = new URL(req.url ?? "/", issuer);
    void handleInteraction(req, res, url).then((handled) => {
      if (!handled) return handleProtocol(req, res);
    });
  });

  return {
    issuer,
    provider,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}
