// The comparison: a stock @apollo/gateway + @apollo/server standalone on the same committed supergraph,
// default settings. The one addition is the kit's signed identity header on every subgraph call (an
// anonymous viewer), without which the subgraphs refuse the request.
// `node --import tsx tests/bench/stock-gateway.ts <port> <dataDir> <subgraph urls json>`
import { readFileSync } from "node:fs";
import path from "node:path";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { IDENTITY_HEADER, importSigningKey, signIdentity } from "@vardportal/kit/identity";
import { randomUUID } from "node:crypto";

process.env.APOLLO_TELEMETRY_DISABLED = "true";
const [port, dataDir, urlsJson] = process.argv.slice(2);
if (!port || !dataDir || !urlsJson) throw new Error("usage: stock-gateway.ts <port> <data dir> <subgraph URLs as JSON>");
const urls = JSON.parse(urlsJson) as Record<string, string>;
const key = await importSigningKey(readFileSync(path.join(dataDir, "gateway-identity.key.pem"), "utf8"));
const root = path.resolve(import.meta.dirname, "../..");

/** One token per client request (keyed by its context object), as the portal's gateway does. */
const tokens = new WeakMap<object, Promise<string>>();
class Signed extends RemoteGraphQLDataSource {
  override async willSendRequest({ request, context }: Parameters<RemoteGraphQLDataSource["willSendRequest"] & {}>[0]) {
    let token = tokens.get(context);
    if (!token) tokens.set(context, (token = signIdentity(key, { viewer: null, requestId: randomUUID() })));
    request.http?.headers.set(IDENTITY_HEADER, await token);
  }
}

const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(path.join(root, "gateway/supergraph.graphql"), "utf8"),
  buildService: ({ name, url }) => new Signed({ url: urls[name] ?? url }),
});
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, { listen: { port: Number(port), host: "127.0.0.1" } });
console.log(`ready ${url}`);
process.once("SIGTERM", () => server.stop().then(() => process.exit(0)));
