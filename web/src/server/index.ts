export * from "./document.js";
export * from "./env.js";
export * from "./request-id.js";
export * from "./security-headers.js";
