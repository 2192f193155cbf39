export * from "./auth.js";
export * from "./config.js";
export * from "./ended-sessions.js";
export * from "./return-to.js";
export { CookieSealer, readCookie } from "./sealed-cookie.js";
export { roles, type Role } from "@vardportal/kit/identity";
export * from "./guards.js";
export * from "./rate-limit.js";
export * from "./web-database.js";
