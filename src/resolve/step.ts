import type { Transaction } from 'kysely';
import type { Profile } from '../profile/schema.js';
import type { Database } from '../store/schema.js';

/** Documents one write transaction has just added. */
export interface StoredDocuments {
  /** The write transaction: a step's updates commit (or roll back) together with the documents. */
  trx: Transaction<Database>;
  /** Ids of the documents added, in ingest order (duplicates and conflicts are not in it). */
  documentIds: readonly string[];
  /** The negotiation profile the documents were extracted with. */
  profile: Profile;
}

/**
 * One piece of cross-article state (timeline, position matrix, briefs) kept up to date as articles
 * arrive. `afterStore` runs inside the write transaction right after a batch of documents and their
 * records is stored: it reads what those documents touch and updates only that. It must depend on the
 * database alone (no clock, no process state), so any batching of the same documents in the same order
 * gives the same tables as ingesting them one by one: the crash tests compare against a fresh ingest.
 */
export interface CrossArticleStep {
  name: string;
  afterStore(batch: StoredDocuments): Promise<void>;
}
