import { createAuth, createGuards, readAuthConfig } from "@vardportal/web/auth";

const read = readAuthConfig(process.env);
if (!read.ok) {
  // Read when the server build loads: a bad value stops the process before it serves anything.
  throw new Error(`Invalid log-in settings:\n  ${read.problems.join("\n  ")}`);
}

export const auth = createAuth({ config: read.config, app: "admin" });
export const { getViewer, requireSession, requireRole } = createGuards(auth);
export { hasRole } from "@vardportal/web/auth";
