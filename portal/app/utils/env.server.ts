import { parseAppEnv } from "@vardportal/web/server";
import { z } from "zod";

/** Read once, when the server build is loaded: a bad value stops the process before it serves anything. */
export const env = parseAppEnv(process.env, {
  /** Where editors find the admin; the header links there for editors and admins. */
  ADMIN_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
});
