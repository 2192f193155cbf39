/**
 * The SMS scheduler's settings, read once at start: `PORTAL_URL` (the link in the reminder, default
 * the local portal) and `SMS_INTERVAL_SECONDS` (how often it looks, default 60; 0 turns it off).
 * A bad value stops the process with every problem named.
 */
export function readSmsConfig(env: NodeJS.ProcessEnv = process.env) {
  const problems: string[] = [];
  const portal = env.PORTAL_URL || "http://localhost:3000";
  if (!URL.canParse(portal) || !/^https?:$/.test(new URL(portal).protocol)) problems.push("PORTAL_URL must be an http(s) address.");
  const interval = env.SMS_INTERVAL_SECONDS ?? "60";
  if (!/^\d{1,4}$/.test(interval) || Number(interval) > 3600) problems.push("SMS_INTERVAL_SECONDS must be whole seconds, 0 (off) to 3600.");
  if (problems.length) throw new Error(`Invalid SMS settings: ${problems.join(" ")}`);
  return { checkInUrl: new URL("/checka-in", portal).toString(), intervalMs: Number(interval) * 1000 };
}
