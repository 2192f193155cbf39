export * from "./document.js";
export * from "./env.js";
export * from "./request-id.js";
export * from "./security-headers.js";
export * from "./load-context.js";
export * from "./nonce.js";
export * from "./same-origin.js";
