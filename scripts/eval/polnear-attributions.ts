// PolNeAR "all attributions" (setting (b) of ../shared/bench/polnear/README.md): every gold record, direct,
// mixed and indirect, against every quote and statement we extract, compared by character spans.
// A prediction matches a gold record when their character-overlap Jaccard is >= 0.5 (quotation marks and
// closing punctuation stripped at both ends), one-to-one, greedily by overlap. The speaker is right when the
// predicted speaker mention overlaps the gold source span, or (leniently) when one name contains the other.
import { toRawOffset } from '../../src/ingest/clean/clean.js';
import type { Extraction } from '../../src/extract/extraction.js';
import type { Span } from '../../src/core/span.js';

export interface PolnearRecord {
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  speaker_start: number | null;
  speaker_end: number | null;
  direct: boolean;
}

export interface AttributionScores {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  /** Right speakers over matched records whose gold speaker is not null. */
  speaker: number;
  speaker_scored: number;
  /** F1 counting a match only when its speaker is right too (a null gold speaker wants a null prediction). */
  e2e_f1: number;
}

interface Pred {
  span: Span;
  speakerSpan: Span | null;
  names: string[];
}

const EDGE = /^[\s"'“”‘’«»`,.;:!?…\-—–]+|[\s"'“”‘’«»`,.;:!?…\-—–]+$/g;

/** The span without quotation marks, spaces and closing punctuation at its ends. */
function inner(text: string, s: Span): Span {
  const slice = text.slice(s.start, s.end);
  const lead = slice.length - slice.replace(/^[\s"'“”‘’«»`,.;:!?…\-—–]+/, '').length;
  const trail = slice.length - slice.replace(/[\s"'“”‘’«»`,.;:!?…\-—–]+$/, '').length;
  return lead + trail >= slice.length ? s : { start: s.start + lead, end: s.end - trail };
}

const jaccard = (a: Span, b: Span) => {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap <= 0 ? 0 : overlap / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
};

const wordsOf = (s: string) => s.toLowerCase().replace(EDGE, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
/** Equal, or one is a run of whole words inside the other ("Trump" in "Donald Trump"). */
function nameMatch(a: string, b: string): boolean {
  const x = wordsOf(a).join(' ');
  const y = wordsOf(b).join(' ');
  if (!x || !y) return false;
  return x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}

/** Our quotes and statements of one article, in raw-text offsets; a quote inside a statement is that statement. */
function predictions(x: Extraction): Pred[] {
  const raw = (s: Span): Span => ({ start: toRawOffset(x.doc.segments, s.start), end: toRawOffset(x.doc.segments, s.end - 1) + 1 });
  const statements = x.statements.map((s) => ({ span: s.span, speakerSpan: s.speakerSpan ?? null, names: [s.speaker, s.speakerText].filter((n): n is string => !!n) }));
  const quotes = x.quotes
    .filter((q) => !statements.some((s) => s.span.start <= q.span.start && q.span.end <= s.span.end))
    .map((q) => ({ span: q.span, speakerSpan: q.speakerSpan ?? null, names: [q.speaker, q.speakerText].filter((n): n is string => !!n) }));
  return [...quotes, ...statements].map((p) => ({ ...p, span: raw(p.span), speakerSpan: p.speakerSpan && raw(p.speakerSpan) }));
}

/** Scores the extractions of PolNeAR articles (same order as `gold`) against every gold record. */
export function scoreAttributions(gold: Array<{ text: string; quotes: PolnearRecord[] }>, extractions: Extraction[]): AttributionScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let scored = 0;
  let right = 0;
  let e2e = 0;
  gold.forEach((a, k) => {
    const x = extractions[k]!;
    const preds = predictions(x).map((p) => ({ ...p, core: inner(a.text, p.span) }));
    const golds = a.quotes.map((g) => ({ g, core: inner(a.text, { start: g.start, end: g.end }) }));
    const pairs: Array<[number, number, number]> = [];
    golds.forEach((g, gi) => preds.forEach((p, pi) => {
      const j = jaccard(g.core, p.core);
      if (j >= 0.5) pairs.push([j, gi, pi]);
    }));
    pairs.sort((u, v) => v[0] - u[0]);
    const usedG = new Set<number>();
    const usedP = new Set<number>();
    for (const [, gi, pi] of pairs) {
      if (usedG.has(gi) || usedP.has(pi)) continue;
      usedG.add(gi);
      usedP.add(pi);
      tp++;
      const g = golds[gi]!.g;
      const p = preds[pi]!;
      if (g.speaker === null || g.speaker_start === null || g.speaker_end === null) {
        if (!p.names.length) e2e++;
        continue;
      }
      scored++;
      const gs = { start: g.speaker_start, end: g.speaker_end };
      const ok = (p.speakerSpan && jaccard(gs, p.speakerSpan) > 0) || p.names.some((n) => nameMatch(n, g.speaker!));
      if (ok) {
        right++;
        e2e++;
      }
    }
    fp += preds.length - usedP.size;
    fn += golds.length - usedG.size;
  });
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  const ep = e2e / (tp + fp || 1);
  const er = e2e / (tp + fn || 1);
  return { p, r, f1, tp, fp, fn, speaker: right / (scored || 1), speaker_scored: scored, e2e_f1: ep + er ? (2 * ep * er) / (ep + er) : 0 };
}
