// One load phase, in its own process so the load generator never shares an event loop with what it
// measures: `node tests/bench/load.mjs '<json>'` prints one JSON line with the figures.
// The JSON: { url, method?, headers?, body?, connections, duration (s), expectStatus? }.
import autocannon from "autocannon";

const spec = JSON.parse(process.argv[2]);
let wrongStatus = 0;
/** Every response's time (ms), for exact percentiles: autocannon's own summary has no p95. */
const times = [];
const pct = (q) => {
  if (times.length === 0) return null;
  const sorted = Float64Array.from(times).sort();
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] * 100) / 100;
};
const instance = autocannon(
  {
    url: spec.url,
    method: spec.method ?? "GET",
    headers: spec.headers ?? {},
    body: spec.body,
    connections: spec.connections ?? 50,
    duration: spec.duration ?? 10,
    timeout: 10,
  },
  (error, result) => {
    if (error) {
      console.error(error.message);
      process.exit(1);
    }
    process.stdout.write(
      JSON.stringify({
        requests: result.requests.total,
        rps: result.requests.average,
        latency: { p50: pct(0.5), p95: pct(0.95), p99: pct(0.99), max: result.latency.max, mean: result.latency.average },
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
        wrongStatus,
        bytesPerSecond: result.throughput.average,
        durationS: result.duration,
      }) + "\n",
    );
  },
);
instance.on("response", (_client, statusCode, _bytes, responseTime) => {
  times.push(responseTime);
  if (statusCode !== (spec.expectStatus ?? 200)) wrongStatus++;
});
