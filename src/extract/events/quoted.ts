import type { Span } from '../../core/span.js';
import { matchesOf } from '../../nlp/matches.js';

/** Quoted stretches inside one paragraph: curly or straight double quotes, at most a few sentences long. */
const MIN_WORDS = 7;
const QUOTED = /“[^”\n]{1,600}”|"[^"\n]{1,600}"|«[^»\n]{1,600}»/g;

/**
 * Spans of quoted speech in a text. Events told inside a quote ("sick of meetings") are the speaker's words,
 * not reports; the article states the events it reports in its own voice.
 */
export function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of matchesOf(QUOTED, text)) {
    // Scare quotes ("a “positive call”") and quoted phrases ("relayed “additional proposals…”") are not speech.
    if ((m[0].match(/[\p{L}\p{N}]+/gu) ?? []).length >= MIN_WORDS) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export const inside = (spans: readonly Span[], at: Span): boolean => spans.some((s) => s.start <= at.start && at.end <= s.end);
