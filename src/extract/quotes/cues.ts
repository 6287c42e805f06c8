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
export function cueAt(ts: readonly Token[], i: number, index: CueIndex, anyCase = false): number {
  const t = ts[i];
  // Speech verbs are written in lower case: "the United States" holds no cue.
  if (!t?.word || (!anyCase && t.text !== t.lower)) return 0;
  // Runs three times on every word of every article: no arrays or closures made per call.
  const phrases = index.get(t.lower);
  if (!phrases) return 0;
  for (const parts of phrases) if (startsAt(ts, i, parts)) return parts.length;
  return 0;
}

function startsAt(ts: readonly Token[], i: number, parts: readonly string[]): boolean {
  for (let k = 0; k < parts.length; k++) if (ts[i + k]?.lower !== parts[k]) return false;
  return true;
}

/** A speech verb found in a token list: the index of its first and last token. */
export interface CueHit {
  first: number;
  last: number;
}

/** Every cue in ts[from..to], left to right; `cueLen(i)` is the length of the cue at token i (0 for none). */
export function findCues(cueLen: (i: number) => number, from: number, to: number): CueHit[] {
  const out: CueHit[] = [];
  for (let i = from; i <= to; i++) {
    const n = cueLen(i);
    if (n) {
      out.push({ first: i, last: i + n - 1 });
      i += n - 1;
    }
  }
  return out;
}

const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);
const NEGATION = new Set(['not', 'never', "n't", 'n’t', 'to', 'cannot', 'didn’t', "didn't", 'won’t', "won't", 'would', 'could', 'might', 'may']);
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'whose', 'following', 'such']);

/**
 * Not a report of speech: a verb used as a noun ("his remarks", "Russia’s warnings"), a passive ("was told"),
 * an infinitive or a negation ("declined to comment", "did not say").
 */
export function notAReport(ts: Token[], cue: number, lo: number): boolean {
  const before = ts[cue - 1];
  if (!before || cue - 1 < lo) return false;
  const b = before.lower;
  // "is demanding" is active: only a past participle after "is" is passive.
  const passive = (x: string) => PASSIVE.has(x) && !/ing$/.test(ts[cue]!.lower);
  if (NOUN_BEFORE.has(b) || /['’]s$/.test(before.text) || passive(b) || NEGATION.has(b)) return true;
  const b2 = ts[cue - 2]?.lower ?? '';
  return (/ly$/.test(b) || b === 'also' || b === 'once' || b === 'again') && (passive(b2) || NEGATION.has(b2));
}

