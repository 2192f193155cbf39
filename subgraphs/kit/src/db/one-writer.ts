import { AsyncLocalStorage } from "node:async_hooks";
import { Mutex } from "async-mutex";
import type { DataSource, EntityManager, QueryRunner } from "typeorm";

/** EntityManager methods that write, and so may start a transaction of their own. */
const writeMethods = [
  "transaction",
  "save",
  "remove",
  "softRemove",
  "recover",
  "insert",
  "update",
  "upsert",
  "delete",
  "softDelete",
  "restore",
  "increment",
  "decrement",
  "clear",
  "query",
] as const satisfies ReadonlyArray<keyof EntityManager>;

/**
 * better-sqlite3 gives TypeORM ONE connection and one query runner per process. Without this, a request's
 * transaction and another request's statements interleave on it: the second `transaction()` becomes a
 * SAVEPOINT inside the first, a plain `save()` sees "a transaction is active" and writes inside someone
 * else's transaction, and a rollback of one takes the other's acknowledged write with it (decision 023).
 *
 * So each database gets one lock, held for a whole transaction or write. Nested work of the holder (known by
 * its async context) passes straight through. A single statement outside them takes the lock only when it is
 * held or wanted: otherwise it runs at once, beside other such statements, and a transaction or write that
 * wants the lock first waits for those statements to finish. So a statement never runs inside another
 * request's open transaction (it never sees rows a rollback then removes), and reads do not queue behind each
 * other (decision 023, "Reads beside each other"). Other processes are kept apart by SQLite's own file locks.
 */
export function oneWriterAtATime(dataSource: DataSource): void {
  if (dataSource.options.type !== "better-sqlite3") return;
  const lock = new Mutex();
  /** The context of the lock's holder carries its grant: only the current grant passes straight through. */
  const context = new AsyncLocalStorage<object>();
  let grant: object | undefined;
  const holds = () => grant !== undefined && context.getStore() === grant;
  /** Statements running beside each other outside the lock, and the new holder waiting for them to finish. */
  let beside = 0;
  let whenNoneBeside: (() => void) | undefined;

  const exclusive = async <T>(work: () => Promise<T>): Promise<T> => {
    if (holds()) return work();
    try {
      return await lock.runExclusive(async () => {
        if (beside > 0) await new Promise<void>((resolve) => (whenNoneBeside = resolve));
        const mine = (grant = {});
        try {
          return await context.run(mine, work);
        } finally {
          grant = undefined;
        }
      });
    } finally {
      // Tracking async contexts costs every promise in the process a hook (Node 20): on only while the lock is in use.
      if (!lock.isLocked()) context.disable();
    }
  };

  const besideOthers = <T>(work: () => Promise<T>): Promise<T> => {
    beside++;
    const done = () => {
      if (--beside === 0 && whenNoneBeside) {
        const wake = whenNoneBeside;
        whenNoneBeside = undefined;
        wake();
      }
    };
    try {
      return work().finally(done);
    } catch (error) {
      done();
      throw error;
    }
  };

  const manager = dataSource.manager as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const name of writeMethods) {
    const original = manager[name]!.bind(manager);
    manager[name] = (...args: unknown[]) => exclusive(() => original(...args));
  }

  const driver = dataSource.driver as unknown as { createQueryRunner: (mode: string) => QueryRunner };
  const createQueryRunner = driver.createQueryRunner.bind(driver);
  const guarded = new WeakSet<QueryRunner>();
  driver.createQueryRunner = (mode: string) => {
    const runner = createQueryRunner(mode);
    if (!guarded.has(runner)) {
      guarded.add(runner);
      const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
      (runner as unknown as { query: typeof query }).query = (...args: unknown[]) => {
        if (holds()) return query(...args);
        // Free, and no transaction open on the connection (not even one begun by hand): run now, beside others.
        if (!lock.isLocked() && !runner.isTransactionActive) return besideOthers(() => query(...args));
        return exclusive(() => query(...args));
      };
    }
    return runner;
  };
}
