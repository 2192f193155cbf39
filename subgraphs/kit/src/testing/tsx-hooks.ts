import { register } from "tsx/esm/api";
import { afterAll, beforeAll } from "vitest";

/**
 * Puts tsx's module hooks in place for the enclosing `describe` (or file), as a service run from its TypeScript
 * has them: every dynamic `import()` is then answered from the hooks' own thread, some event-loop turns later.
 * Vitest loads modules without them, which hides what waits on such an import.
 */
export function withTsxModuleHooks(): void {
  let unregister: (() => Promise<void>) | undefined;
  beforeAll(() => {
    unregister = register();
  });
  afterAll(async () => {
    await unregister?.();
  });
}
