// The machine's limit: a bare Node HTTP server that answers every POST with fixed bytes (the gateway's
// own answer to the same operation, captured by the bench). `node bare-server.mjs <port> <file.json>`,
// the file mapping a path to the body to send.
import { createServer } from "node:http";
import { readFileSync } from "node:fs";

const [port, file] = process.argv.slice(2);
const bodies = Object.fromEntries(Object.entries(JSON.parse(readFileSync(file, "utf8"))).map(([p, body]) => [p, Buffer.from(body)]));
const server = createServer((req, res) => {
  const body = bodies[req.url ?? "/"];
  // Read (and drop) the request body, as any real server must.
  req.resume();
  req.on("end", () => {
    if (!body) {
      res.statusCode = 404;
      return res.end();
    }
    res.writeHead(200, { "content-type": "application/graphql-response+json; charset=utf-8", "content-length": body.length });
    res.end(body);
  });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(port), "127.0.0.1", () => console.log("ready"));
process.once("SIGTERM", () => server.close(() => process.exit(0)));
