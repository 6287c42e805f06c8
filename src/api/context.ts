import type { Kysely } from 'kysely';
import type { Pipeline } from '../extract/pipeline.js';
import type { Profile } from '../profile/schema.js';
import type { Store } from '../store/connect.js';
import type { Database } from '../store/schema.js';
import type { Page, PageResult } from '../store/queries/filters.js';

/** What route handlers share: the open store, the negotiation profile and the write settings. */
export interface ApiContext {
  store: Store;
  db: Kysely<Database>;
  profile: Profile;
  /** Bearer token for write routes; writes are off when absent. */
  writeToken?: string;
  /** Builds the extraction pipeline on first write (loading lexicons costs time the read-only server never pays). */
  pipeline: () => Pipeline;
  maxBodyBytes: number;
}

/** The JSON of every list endpoint: the page's items, how many match (up to the cap: `totalCapped`), and the page asked for. */
export const listBody = <T>(result: PageResult<T>, page: Page) => ({
  items: result.items,
  total: result.total,
  totalCapped: result.totalCapped ?? false,
  limit: page.limit,
  offset: page.offset,
});
