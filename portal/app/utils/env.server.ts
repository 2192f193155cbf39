import { z } from "zod";

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  GATEWAY_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).default("http://127.0.0.1:4000/graphql"),
  GATEWAY_TIMEOUT_MS: z.coerce
    .number({ error: "must be a whole number of milliseconds" })
    .int({ error: "must be a whole number of milliseconds" })
    .min(1, { error: "must be at least 1" })
    .max(60_000, { error: "must be at most 60000" })
    .default(5000),
  /** Where editors find the admin; the header links there for editors and admins. */
  ADMIN_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
});

export type Env = z.infer<typeof EnvSchema>;

const names = Object.keys(EnvSchema.shape) as Array<keyof Env>;

/** Validates the variables this app reads; an empty value counts as unset. Throws naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const input = Object.fromEntries(names.map((name) => [name, source[name] === "" ? undefined : source[name]]));
  const result = EnvSchema.safeParse(input);
  if (result.success) return result.data;

  const problems = new Map<string, string>();
  for (const issue of result.error.issues) {
    const name = String(issue.path[0] ?? "environment");
    if (!problems.has(name)) problems.set(name, `${name}: ${issue.message} (got ${JSON.stringify(input[name])})`);
  }
  throw new Error(
    `Invalid environment variable${problems.size > 1 ? "s" : ""} ${[...problems.keys()].join(", ")}:\n  ${[...problems.values()].join("\n  ")}`,
  );
}

/** Read once, when the server build is loaded: a bad value stops the process before it serves anything. */
export const env = parseEnv(process.env);
