export * from "./request.js";
export * from "./server.js";
export * from "./metrics.js";
