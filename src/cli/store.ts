import { openStore, type Store } from '../store/connect.js';
import { UsageError } from './exit.js';

/** Opens the store for one command and always closes it. A store that cannot be opened is a usage error (check --db). */
export async function withStore<T>(spec: string, fn: (store: Store) => Promise<T>): Promise<T> {
  let store: Store;
  try {
    store = await openStore(spec);
  } catch (e) {
    throw new UsageError(`cannot open the database "${spec.replace(/\/\/[^@/]*@/, '//***@')}": ${(e as Error).message}`);
  }
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
