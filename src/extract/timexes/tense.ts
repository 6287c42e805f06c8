import type { Sentence } from '../../core/article.js';
import type { TimeWords } from './words.js';
import { matchesOf } from '../../nlp/matches.js';
import { lowerCase } from '../../nlp/lower.js';

/** `future-past`: a future seen from a past moment ("was due to", "would"), pointing either way from now. */
export type Tense = 'past' | 'present' | 'future' | 'future-past';

/** Words before a past form that make it a future infinitive or participle ("will be held", "to be signed"). */
const FUTURE_FRAMES = new Set(['to', 'will', "'ll", 'shall']);
/** Modals before a past form leave the tense open ("could be located", "must be returned"): read on. */
const OPEN_FRAMES = new Set(['would', 'could', 'should', 'can', 'may', 'might', 'must']);
const PAST_BE = new Set(['was', 'were']);
const ADVERB = /^(?:not|also|still|now|then|just|never|already|only|soon|likely|probably|possibly|reportedly|\p{L}+ly)$/u;
/** Tokens: words (with an apostrophe suffix such as 'll or n't) and the punctuation that ends a clause. */
const TOKEN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[;:—–()]/gu;
/** How far from the timex a tense marker may be, in tokens. */
const REACH = 14;

interface Token {
  start: number;
  end: number;
  /** Lower case, curly apostrophes made straight. */
  norm: string;
  lowerInText: boolean;
}

/**
 * Reads the tense of the clause around a span: the nearest tense marker on the left (the verb the time
 * phrase hangs on: "said on Sunday", "will meet on Tuesday"), else the nearest on the right ("On Sunday,
 * Zelensky met..."), never across a clause break. Built once per pipeline; `forDoc` caches tokens per sentence.
 */
export function createTenseReader(words: TimeWords) {
  const t = words.raw.tense;
  const phrases = (list: string[]) => list.map((p) => p.toLowerCase().replace(/’/g, "'").split(/\s+/));
  // Marker phrases indexed by their last word, in priority order, so a token is classified in O(1).
  const byLastWord = new Map<string, Array<[Tense, string[]]>>();
  const lists: Array<[Tense, string[]]> = [
    ['future-past', t.future_past],
    ['future', t.future],
    ['past', t.past],
    ['present', t.present],
  ];
  for (const [tense, list] of lists) {
    for (const words of phrases(list)) {
      const last = words[words.length - 1]!;
      byLastWord.set(last, [...(byLastWord.get(last) ?? []), [tense, words]]);
    }
  }
  const breaks = new Set(t.clause_breaks.map((w) => w.toLowerCase()));
  const edExceptions = new Set(t.ed_exceptions.map((w) => w.toLowerCase()));
  const notInfinitive = new Set(t.not_infinitive.map((w) => w.toLowerCase()));

  function phraseEndsAt(tokens: Token[], i: number, phrase: string[]): boolean {
    if (i - phrase.length + 1 < 0) return false;
    for (let k = 0; k < phrase.length; k++) if (tokens[i - phrase.length + 1 + k]!.norm !== phrase[k]) return false;
    return true;
  }

  function classify(tokens: Token[], i: number): Tense | null {
    const tok = tokens[i]!;
    if (tok.norm.endsWith("'ll") || tok.norm === "won't") return 'future';
    if (tok.norm.endsWith("n't")) return tok.norm.startsWith('did') || tok.norm.startsWith('was') || tok.norm.startsWith('were') || tok.norm.startsWith('had') ? 'past' : 'present';
    for (const [tense, phrase] of byLastWord.get(tok.norm) ?? []) {
      if (!phraseEndsAt(tokens, i, phrase)) continue;
      // "plans to meet" is future, "a peace plan to US negotiators" and "due to a lack of" are not.
      if (tok.norm === 'to' && phrase.length > 1 && !isInfinitive(tokens[i + 1])) continue;
      if (tense === 'past') return framed(tokens, i);
      // "was due to", "were expected to": a future seen from the past.
      if (tense === 'future' && PAST_BE.has(tokens[i - phrase.length]?.norm ?? '')) return 'future-past';
      return tense;
    }
    if (tok.lowerInText && tok.norm.length >= 5 && tok.norm.endsWith('ed') && !edExceptions.has(tok.norm)) return framed(tokens, i);
    // An infinitive ("decided to admit in March", "agreed to meet on Friday") looks ahead of its verb,
    // which may lie either side of publication.
    if (tok.norm === 'to' && isInfinitive(tokens[i + 1])) return 'future-past';
    return null;
  }

  /**
   * A past form after "will (be)" or "to (be)" is future ("will be held"); after another modal the tense
   * is open ("could be located"); otherwise it is past.
   */
  function framed(tokens: Token[], i: number): Tense | null {
    let j = i - 1;
    if (tokens[j]?.norm === 'be') j--;
    // "would still be held", "will not be signed": adverbs sit between the modal and "be".
    while (j > i - 4 && j >= 0 && ADVERB.test(tokens[j]!.norm)) j--;
    const frame = tokens[j]?.norm;
    if (frame !== undefined && FUTURE_FRAMES.has(frame)) return 'future';
    if (frame !== undefined && OPEN_FRAMES.has(frame)) return null;
    return j < i - 1 && frame === undefined ? null : 'past';
  }

  function isInfinitive(next: Token | undefined): boolean {
    if (!next || !next.lowerInText || !/^[a-z]+$/.test(next.norm) || notInfinitive.has(next.norm)) return false;
    return !/(?:ing|ed|[^s]s)$/.test(next.norm);
  }

  function tokenize(text: string, s: Sentence): Token[] {
    const out: Token[] = [];
    const chunk = text.slice(s.span.start, s.span.end);
    for (const m of matchesOf(TOKEN, chunk)) {
      const start = s.span.start + m.index;
      const word = m[0];
      const lower = lowerCase(word); // once, for both fields
      out.push({
        start,
        end: start + word.length,
        norm: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
        lowerInText: word === lower,
      });
    }
    return out;
  }

  return function forDoc(text: string, sentences: readonly Sentence[], sentenceIndex: (at: number) => number) {
    const cache = new Map<number, Token[]>();
    return function tenseAt(start: number, end: number): Tense | null {
      const si = sentenceIndex(start);
      if (si < 0) return null;
      let tokens = cache.get(si);
      if (!tokens) cache.set(si, (tokens = tokenize(text, sentences[si]!)));
      const first = firstEndingAfter(tokens, start);
      for (let i = first - 1, n = 0; i >= 0 && n < REACH; i--, n++) {
        if (breaks.has(tokens[i]!.norm)) break;
        const tense = classify(tokens, i);
        if (tense) return tense;
      }
      const after = firstStartingAt(tokens, end);
      for (let i = after, n = 0; i < tokens.length && n < REACH; i++, n++) {
        if (breaks.has(tokens[i]!.norm)) break;
        const tense = classify(tokens, i);
        if (tense) return tense;
      }
      return null;
    };
  };
}

/** Index of the first token that ends after `offset` (tokens.length when none): binary search. */
function firstEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the first token that starts at or after `offset` (tokens.length when none). */
function firstStartingAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
