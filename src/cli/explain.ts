import { Option } from 'commander';
import type { Doc } from '../core/article.js';

export type ExplainHow = 'text' | 'json';

export const explainOption = () =>
  new Option('--explain [how]', 'report what cleaning removed from each article (rule, raw offsets, text): text lines on stderr, or json')
    .choices(['text', 'json'])
    .preset('text');

/** The spans cleaning removed from a document, with offsets into its raw text. */
export const removedSpans = (doc: Doc) =>
  doc.removed.map((r) => ({ rule: r.rule, start: r.span.start, end: r.span.end, text: r.text }));

/** One stderr line per removed span: `source: clean/byline raw[137,170) "By Yuliia Dysa…"`. */
export function explainLines(doc: Doc): string[] {
  if (!doc.removed.length) return [`${doc.source}: nothing removed`];
  return removedSpans(doc).map((r) => `${doc.source}: ${r.rule} raw[${r.start},${r.end}) ${JSON.stringify(r.text)}`);
}

/** One JSON line per document: `{"document", "source", "removed": [...]}`. */
export const explainJson = (doc: Doc): string => JSON.stringify({ document: doc.id, source: doc.source, removed: removedSpans(doc) });
