import type { DataSource, EntityManager } from "typeorm";

/**
 * An editorial transaction. Interleaving with other work on the process's single better-sqlite3 connection
 * (a request and the scheduler's tick committing or rolling back each other's work) is prevented for every
 * write in the kit's data source (`db/one-writer.ts`, decision 023); other processes are kept apart by
 * SQLite's own locks and the version claims.
 */
export function editorialTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction(work);
}
