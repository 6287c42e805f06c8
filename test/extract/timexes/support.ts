import type { Timex } from '../../../src/core/records.js';
import { article, pipeline } from '../../support/pipeline.js';

/** The timexes of a literal text published on `published` (default Sunday 7 December 2025). */
export function timexes(body: string, published = '2025-12-07'): Timex[] {
  const x = pipeline().extract(article(body, published));
  for (const t of x.timexes) {
    if (t.text !== x.doc.text.slice(t.span.start, t.span.end)) throw new Error(`timex text "${t.text}" is not its span`);
  }
  return x.timexes;
}

/** [text, value] pairs, for compact assertions. */
export const pairs = (ts: Timex[]): Array<[string, string]> => ts.map((t) => [t.text, t.value]);
