import { parseAppEnv } from "@vardportal/web/server";

/** Read once, when the server build is loaded: a bad value stops the process before it serves anything. */
export const env = parseAppEnv(process.env);
