import type { CrossArticleStep } from './step.js';
import { linkDocumentEvents, timelineOptions } from './timeline.js';
import { LinkerMemory } from './timeline-memory.js';

/**
 * Merges each new document's event reports into the cross-article timeline, in ingest order. Each step
 * keeps its own linker memory: make one per writer (`createTimelineStep`).
 */
export function createTimelineStep(): CrossArticleStep {
  const memory = new LinkerMemory();
  return {
    name: 'timeline',
    async afterStore({ trx, documentIds, profile }) {
      const options = timelineOptions(profile);
      const batch = await memory.open(trx);
      for (const id of documentIds) await linkDocumentEvents(trx, id, options, batch);
      await memory.close(trx);
    },
  };
}
