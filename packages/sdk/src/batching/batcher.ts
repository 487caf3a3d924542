/**
 * Small-window batching: single reads asked for within a few milliseconds of each
 * other go out as one batch request (split at the API's batch limit). Keys asked
 * for twice in one window are fetched once.
 * @module
 */

export interface BatcherOptions<K, V> {
  /** Fetches many keys at once; answers a map with an entry for every key it found. */
  loadMany(keys: readonly K[]): Promise<ReadonlyMap<K, V>>;
  /** How long, in ms, to gather keys before sending; 10 by default. 0 waits one macrotask. */
  windowMs?: number;
  /** The most keys one batch request takes; larger windows are split. */
  maxBatchSize: number;
  /** The error for a key the batch answered without (an unknown id). */
  missing?(key: K): Error;
}

/** Reads one key; concurrent reads share batch requests. */
export interface Batcher<K, V> {
  load(key: K): Promise<V>;
}

interface Waiter<V> {
  resolve(value: V): void;
  reject(error: unknown): void;
}

export function createBatcher<K, V>(options: BatcherOptions<K, V>): Batcher<K, V> {
  const windowMs = options.windowMs ?? 10;
  let pending = new Map<K, Array<Waiter<V>>>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function send(keys: K[], waiters: Map<K, Array<Waiter<V>>>): Promise<void> {
    try {
      const found = await options.loadMany(keys);
      for (const key of keys) {
        const value = found.get(key);
        for (const waiter of waiters.get(key) ?? []) {
          if (value === undefined) waiter.reject(options.missing?.(key) ?? new Error(`not found: ${String(key)}`));
          else waiter.resolve(value);
        }
      }
    } catch (error) {
      for (const key of keys) for (const waiter of waiters.get(key) ?? []) waiter.reject(error);
    }
  }

  function flush(): void {
    timer = undefined;
    const batch = pending;
    pending = new Map();
    const keys = [...batch.keys()];
    for (let start = 0; start < keys.length; start += options.maxBatchSize) {
      void send(keys.slice(start, start + options.maxBatchSize), batch);
    }
  }

  return {
    load(key) {
      return new Promise<V>((resolve, reject) => {
        const waiters = pending.get(key);
        if (waiters === undefined) pending.set(key, [{ resolve, reject }]);
        else waiters.push({ resolve, reject });
        timer ??= setTimeout(flush, windowMs);
      });
    },
  };
}
