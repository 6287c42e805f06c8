import { openStore, type Store } from '../store/connect.js';

/** Opens the store for one command and always closes it. */
export async function withStore<T>(spec: string, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(spec);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
