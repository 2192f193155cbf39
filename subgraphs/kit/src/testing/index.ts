export * from "./expect.js";
export * from "./harness.js";
export * from "./personas.js";
export * from "./checks.js";
export * from "./matrix.js";
export * from "./connection-matrix.js";
