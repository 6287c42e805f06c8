import type { CrossArticleStep } from './step.js';
import { linkBatch, linkDocumentEvents, timelineOptions } from './timeline.js';

/** Merges each new document's event reports into the cross-article timeline, in ingest order. */
export const timelineStep: CrossArticleStep = {
  name: 'timeline',
  async afterStore({ trx, documentIds, profile }) {
    const options = timelineOptions(profile);
    const batch = linkBatch(trx);
    for (const id of documentIds) await linkDocumentEvents(trx, id, options, batch);
  },
};
