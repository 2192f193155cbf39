// The comparison: a stock @apollo/gateway + @apollo/server standalone on the same committed supergraph,
// default settings. The one addition is the kit's signed identity header on every subgraph call (an
// anonymous viewer), without which the subgraphs refuse the request; signed once per 30 s, as our gateway
// does (decision 025), so the comparison is of the gateways and not of how often each signs.
// `node --import tsx tests/bench/stock-gateway.ts <port> <dataDir> <subgraph urls json>`
import { readFileSync } from "node:fs";
import path from "node:path";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { IDENTITY_HEADER, importSigningKey, signIdentity } from "@vardportal/kit/identity";

process.env.APOLLO_TELEMETRY_DISABLED = "true";
const [port, dataDir, urlsJson] = process.argv.slice(2);
if (!port || !dataDir || !urlsJson) throw new Error("usage: stock-gateway.ts <port> <data dir> <subgraph URLs as JSON>");
const urls = JSON.parse(urlsJson) as Record<string, string>;
const key = await importSigningKey(readFileSync(path.join(dataDir, "gateway-identity.key.pem"), "utf8"));
const root = path.resolve(import.meta.dirname, "../..");

/** One token for everyone (all anonymous) for 30 s at a time, as our gateway keeps one per viewer and subgraph. */
let token: { value: Promise<string>; until: number } | undefined;
class Signed extends RemoteGraphQLDataSource {
  override async willSendRequest({ request }: Parameters<RemoteGraphQLDataSource["willSendRequest"] & {}>[0]) {
    if (!token || Date.now() >= token.until) token = { value: signIdentity(key, { viewer: null }), until: Date.now() + 30_000 };
    request.http?.headers.set(IDENTITY_HEADER, await token.value);
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
