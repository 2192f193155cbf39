import { env } from "./utils/env.server";
// Both languages' strings, registered before the first request (decision 024).
import "./i18n/resources.server";

// Importing env validates it when the server build loads, so a bad value stops the process at start-up.
console.info(`[portal] ${env.NODE_ENV}; gateway ${env.GATEWAY_URL} (timeout ${env.GATEWAY_TIMEOUT_MS} ms)`);

export { handleDocumentRequest as default, handleError, streamTimeout } from "@vardportal/web/server";
