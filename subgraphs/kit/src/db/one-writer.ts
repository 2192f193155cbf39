import { AsyncLocalStorage } from "node:async_hooks";
import { Mutex } from "async-mutex";
import type { DataSource, EntityManager, QueryRunner } from "typeorm";

/** The databases whose lock the current async context holds (nested work passes straight through). */
const held = new AsyncLocalStorage<ReadonlySet<DataSource>>();

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
 * So each database gets one lock, held for a whole transaction or write and for every single statement run
 * outside one: work of one async context (AsyncLocalStorage) never interleaves with another's. Nested work of
 * the holder passes straight through. Other processes are kept apart by SQLite's own file locks.
 */
export function oneWriterAtATime(dataSource: DataSource): void {
  if (dataSource.options.type !== "better-sqlite3") return;
  const lock = new Mutex();
  const holds = () => held.getStore()?.has(dataSource) ?? false;
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    if (holds()) return work();
    return lock.runExclusive(() => held.run(new Set([...(held.getStore() ?? []), dataSource]), work));
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
      (runner as unknown as { query: typeof query }).query = (...args: unknown[]) => exclusive(() => query(...args));
    }
    return runner;
  };
}
