import { pino, type Logger } from "pino";

export type { Logger };

/** JSON logs on stdout; every line of a request carries its request id. */
export function createLogger(name: string, level: string = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino({
    name,
    level,
    base: { service: name },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ["req.headers.authorization", "req.headers['vp-identity']"], remove: true },
  });
}
