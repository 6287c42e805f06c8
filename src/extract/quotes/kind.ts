import type { QuoteFrame } from './frame.js';
import type { QuoteWords } from './lexicon.js';
import { tokenRange } from './context.js';
import type { Token } from './tokens.js';

/** Reported speech is three words or more (SCHEMA.md); shorter quotations are terms or scare quotes. */
export const MIN_WORDS = 3;
/** A quoted noun phrase up to this long after "a"/"the"/"so-called" is a term, not speech: a “free economic zone”. */
export const MAX_TERM_WORDS = 5;

export const wordCount = (s: string): number => s.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;

/**
 * Is the quotation a fragment inside a sentence of reported speech (`said the talks were “long”`), rather
 * than a whole utterance (`He said: “...”`, `“...,” he said`)?
 */
export function isPartial(text: string, ts: Token[], f: QuoteFrame, isCue: (i: number) => boolean): boolean {
  const [from, to] = tokenRange(ts, f.left);
  let last = to;
  while (last >= from && !ts[last]!.word && ![',', ':'].includes(ts[last]!.text)) last--;
  if (last < from) return false;
  const t = ts[last]!;
  if (t.text === ':' || t.text === ',') return false;
  // `X said “We are ready”`: a capitalised quotation right after the verb is a whole utterance.
  return !(isCue(last) && /^\p{Lu}/u.test(text[f.quote.content.start] ?? ''));
}

/**
 * Why a quotation is not reported speech, or null when it is: too short, a title ("The Art of the Deal"),
 * or a term in scare quotes (a “free economic zone”, the so-called “coalition of the willing”).
 */
export function notSpeech(text: string, ts: Token[], f: QuoteFrame, partial: boolean, w: QuoteWords): string | null {
  const content = text.slice(f.quote.content.start, f.quote.content.end);
  const n = wordCount(content);
  if (n < MIN_WORDS) return 'short';
  if (!partial) return null;
  const plain = !/[.,;:!?…]/.test(content);
  const words = content.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  if (plain && words.filter((x) => x.length > 3).every((x) => /^\p{Lu}/u.test(x)) && /^\p{Lu}/u.test(words[0] ?? '')) return 'title';
  const [from, to] = tokenRange(ts, f.left);
  const before = to >= from ? ts[to]! : undefined;
  const before2 = to - 1 >= from ? `${ts[to - 1]!.lower} ${before?.lower}` : '';
  if (plain && n <= MAX_TERM_WORDS && before && (w.termMarkers.has(before.lower) || w.termMarkers.has(before2))) return 'term';
  return null;
}

/** A few words with no punctuation ("Coalition of the willing"): speech only when a speech verb frames it. */
export const isPlainPhrase = (content: string): boolean => !/[.,;:!?…]/.test(content) && wordCount(content) <= MAX_TERM_WORDS;
