import type { EventRecord } from '../../../src/core/records.js';
import { article, pipeline } from '../../support/pipeline.js';

/** The events of a literal text published on `published` (default Sunday 7 December 2025). */
export function events(body: string, published = '2025-12-07'): EventRecord[] {
  const x = pipeline().extract(article(body, published));
  for (const e of x.events) {
    if (e.text !== x.doc.text.slice(e.span.start, e.span.end)) throw new Error(`event text is not its span (${e.rule})`);
    if (e.trigger !== x.doc.text.slice(e.triggerSpan.start, e.triggerSpan.end)) throw new Error(`trigger "${e.trigger}" is not its span`);
  }
  return x.events;
}

/** type, date (or period), place and participants: what the scorer and the timeline compare. */
export const brief = (e: EventRecord) => [e.type, e.date ?? e.period ?? null, e.place, e.participants];
