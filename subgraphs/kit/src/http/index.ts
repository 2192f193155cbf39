export * from "./request.js";
export * from "./server.js";
