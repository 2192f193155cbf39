import "reflect-metadata";
import { afterEach, beforeEach, vi } from "vitest";

/** A console error during a test fails it: errors that only get logged are still bugs. */
let spy: ReturnType<typeof vi.spyOn> | undefined;
beforeEach(() => {
  spy = vi.spyOn(console, "error");
});
afterEach(() => {
  const calls = spy?.mock.calls ?? [];
  spy?.mockRestore();
  if (calls.length > 0) throw new Error(`console.error was called during the test:\n${calls.map((c) => c.join(" ")).join("\n")}`);
});
