export * from "./viewer.js";
export * from "./token.js";
export * from "./keys.js";
