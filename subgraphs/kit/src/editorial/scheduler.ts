import type { DataSource } from "typeorm";
import type { Logger } from "../logger.js";
import { EditorialEngine } from "./engine.js";
import type { EditorialRegistry } from "./types.js";

export interface EditorialSchedulerOptions {
  dataSource: DataSource;
  registry: EditorialRegistry;
  /** Injectable; tests pass the harness's clock and call `tick()` themselves. */
  clock?: () => Date;
  /** How often to look, in ms (EDITORIAL_TICK_MS, default 15000); 0 = never by itself. */
  intervalMs?: number;
  logger?: Logger;
}

export interface EditorialScheduler {
  /** One pass: publishes due working copies, then archives expired rows. */
  tick(): Promise<{ published: number; archived: number }>;
  stop(): Promise<void>;
}

/**
 * Makes scheduled publishing and unpublishing happen (decision 019). Each item is its own transaction
 * claimed by a conditional UPDATE/DELETE on its version, so two instances (or two overlapping ticks)
 * never both publish the same item; a failing item is logged and the others still run.
 */
export function createEditorialScheduler(options: EditorialSchedulerOptions): EditorialScheduler {
  const clock = options.clock ?? (() => new Date());
  let running: Promise<{ published: number; archived: number }> | null = null;
  const pass = async () => {
    const now = clock();
    let published = 0;
    let archived = 0;
    for (const reg of options.registry.types) {
      const engine = new EditorialEngine(options.dataSource, reg);
      try {
        published += await engine.publishDue(now);
        archived += await engine.archiveExpired(now);
      } catch (error) {
        options.logger?.error({ err: error, type: reg.key }, "editorial scheduler pass failed");
      }
    }
    if ((published || archived) && options.logger) options.logger.info({ published, archived }, "editorial schedule applied");
    return { published, archived };
  };
  const tick = () => {
    // Overlapping calls share the pass in flight rather than run two at once.
    running ??= pass().finally(() => {
      running = null;
    });
    return running;
  };
  const interval = options.intervalMs ?? 0;
  const timer = interval > 0 ? setInterval(() => void tick().catch(() => undefined), interval) : null;
  timer?.unref();
  return {
    tick,
    async stop() {
      if (timer) clearInterval(timer);
      if (running) await running.catch(() => undefined);
    },
  };
}

/** The same, started with the environment's interval: what `runSubgraph` does for `definition.editorial`. */
export function startEditorialScheduler(options: EditorialSchedulerOptions): EditorialScheduler {
  const fromEnv = Number(process.env.EDITORIAL_TICK_MS ?? 15_000);
  return createEditorialScheduler({ intervalMs: Number.isFinite(fromEnv) && fromEnv >= 0 ? fromEnv : 15_000, ...options });
}
