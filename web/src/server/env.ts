import { z } from "zod";

/** What every web app (portal, admin) reads from its environment. */
const common = {
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  GATEWAY_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).default("http://127.0.0.1:4000/graphql"),
  GATEWAY_TIMEOUT_MS: z.coerce
    .number({ error: "must be a whole number of milliseconds" })
    .int({ error: "must be a whole number of milliseconds" })
    .min(1, { error: "must be at least 1" })
    .max(60_000, { error: "must be at most 60000" })
    .default(5000),
};

type Common = typeof common;

/**
 * Validates the variables an app reads (the common ones and its own `extra`); an empty value counts
 * as unset. Throws naming every bad variable, with what it got.
 */
export function parseAppEnv<Extra extends z.ZodRawShape = Record<never, never>>(
  source: Record<string, string | undefined>,
  extra?: Extra,
): z.infer<z.ZodObject<Common & Extra>> {
  const schema = z.object({ ...common, ...(extra ?? ({} as Extra)) });
  const names = Object.keys(schema.shape);
  const input = Object.fromEntries(names.map((name) => [name, source[name] === "" ? undefined : source[name]]));
  const result = schema.safeParse(input);
  if (result.success) return result.data as z.infer<z.ZodObject<Common & Extra>>;

  const problems = new Map<string, string>();
  for (const issue of result.error.issues) {
    const name = String(issue.path[0] ?? "environment");
    if (!problems.has(name)) problems.set(name, `${name}: ${issue.message} (got ${JSON.stringify(input[name])})`);
  }
  throw new Error(
    `Invalid environment variable${problems.size > 1 ? "s" : ""} ${[...problems.keys()].join(", ")}:\n  ${[...problems.values()].join("\n  ")}`,
  );
}
