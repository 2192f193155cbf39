import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import type { Viewer } from "../identity/viewer.js";
import type { Logger } from "../logger.js";

/** DataLoaders made lazily, one per key per request, so batching never leaks between viewers. */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(key: string, batch: (keys: readonly K[]) => Promise<(V | null)[]>, cacheKey?: (key: K) => string): DataLoader<K, V | null> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader<K, V | null, unknown>(batch, cacheKey ? { cacheKeyFn: cacheKey } : {}) as DataLoader<unknown, unknown>;
      this.loaders.set(key, loader);
    }
    return loader as DataLoader<K, V | null>;
  }
}

export interface SubgraphContext {
  viewer: Viewer | null;
  requestId: string;
  /** The request's one idea of "now", so every rule in a request agrees; injectable in tests. */
  now: Date;
  dataSource: DataSource;
  loaders: Loaders;
  logger: Logger;
  /** The `x-preview-token` header the gateway forwards, if any; only the editorial preview reads it (decision 019). */
  previewToken?: string | null;
}
