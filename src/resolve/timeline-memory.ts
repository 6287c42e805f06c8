import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { bindBatch, linkBatch, trimBatch, type LinkBatch } from './timeline.js';
import { lastTimelineWriter, markTimelineWritten } from './timeline-writer.js';

type Db = Kysely<Database>;

/**
 * What one writer's linker keeps from one write transaction to the next: the candidates it loaded and the
 * sums of the events it touched. Reading them again for every batch was most of the linker's cost, and
 * grew with the timeline. Each transaction that links leaves a fresh token in `meta`; the memory is used
 * only while the token is the one this writer left, so a commit by another process, a rebuild, or a
 * rollback of our own (the token stays the older one) makes it start again from the database.
 */
export class LinkerMemory {
  private batch: LinkBatch | undefined;
  private token: string | undefined;

  /** The context for this transaction: the remembered one when nobody else wrote since, else a fresh one. */
  async open(trx: Db): Promise<LinkBatch> {
    const kept = this.batch;
    const fresh = kept !== undefined && this.token !== undefined && (await lastTimelineWriter(trx)) === this.token;
    // Until `close`, the memory holds this transaction's changes: if it fails, they must not be trusted.
    this.token = undefined;
    if (fresh) {
      trimBatch(kept);
      bindBatch(kept, trx);
      return kept;
    }
    return (this.batch = linkBatch(trx));
  }

  /** Marks the timeline as written by this memory's transaction; the mark commits or rolls back with it. */
  async close(trx: Db): Promise<void> {
    this.token = await markTimelineWritten(trx);
  }
}
