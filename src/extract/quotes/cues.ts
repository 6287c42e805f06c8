import type { Token } from './tokens.js';

/** Speech-verb phrases by their first word, so a cue is found by looking at one token and its followers. */
export type CueIndex = Map<string, string[][]>;

export function cueIndex(phrases: readonly string[]): CueIndex {
  const out: CueIndex = new Map();
  for (const p of phrases) {
    const parts = p.toLowerCase().split(/\s+/).filter(Boolean);
    if (!parts.length) continue;
    const list = out.get(parts[0]!) ?? [];
    list.push(parts);
    out.set(parts[0]!, list.sort((a, b) => b.length - a.length));
  }
  return out;
}

/** The number of tokens of the speech verb starting at ts[i] (longest phrase first), or 0. */
export function cueAt(ts: readonly Token[], i: number, index: CueIndex): number {
  const t = ts[i];
  // Speech verbs are written in lower case: "the United States" holds no cue.
  if (!t?.word || t.text !== t.lower) return 0;
  for (const parts of index.get(t.lower) ?? []) {
    if (parts.every((p, k) => ts[i + k]?.lower === p)) return parts.length;
  }
  return 0;
}

/** A speech verb found in a token list: the index of its first and last token. */
export interface CueHit {
  first: number;
  last: number;
}

/** Every cue in ts[from..to], left to right. */
export function findCues(ts: readonly Token[], index: CueIndex, from = 0, to = ts.length - 1): CueHit[] {
  const out: CueHit[] = [];
  for (let i = from; i <= to; i++) {
    const n = cueAt(ts, i, index);
    if (n) {
      out.push({ first: i, last: i + n - 1 });
      i += n - 1;
    }
  }
  return out;
}
