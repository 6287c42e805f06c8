import type { QuoteFrame } from './frame.js';
import type { QuoteWords } from './lexicon.js';
import { tokenRange } from './context.js';
import type { Token } from './tokens.js';

/** Reported speech is three words or more (SCHEMA.md); shorter quotations are terms or scare quotes. */
export const MIN_WORDS = 3;
/** A quoted noun phrase up to this long after "a"/"the"/"so-called" is a term, not speech: a “free economic zone”. */
export const MAX_TERM_WORDS = 5;
/** Longest title in Title Case we recognise (“Legend in the Coal Fields”). */
const MAX_TITLE_WORDS = 10;

/** Words as the scorers count them: runs of letters and digits, apostrophes dropped ("U-S-A" is three). */
export const wordCount = (s: string): number => s.replace(/['’]/g, '').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

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
export function notSpeech(
  text: string,
  ts: Token[],
  f: QuoteFrame,
  o: { partial: boolean; words: QuoteWords; paragraphs: readonly { start: number; end: number }[] },
): string | null {
  const { partial, words: w, paragraphs } = o;
  const content = text.slice(f.quote.content.start, f.quote.content.end);
  const n = wordCount(content);
  if (n < MIN_WORDS || !/\s/.test(content)) return 'short';
  const titleCase = isTitleCase(content);
  // A paragraph that is only a short quotation in Title Case is a heading: 'All Bets Are Off.'
  if (titleCase && f.quote.paragraphs[0] === f.quote.paragraphs[1] && blankAround(text, f, paragraphs[f.quote.paragraphs[0]]!)) return 'heading';
  const plain = !/[.,;:!?…]/.test(content);
  // `wrote “The Art of the Deal” about it`: a name in Title Case, with no punctuation of a sentence inside the marks.
  if (titleCase && (partial || plain)) return 'title';
  if (!partial) return null;
  const [from, to] = tokenRange(ts, f.left);
  const before = to >= from ? ts[to]! : undefined;
  const before2 = to - 1 >= from ? `${ts[to - 1]!.lower} ${before?.lower}` : '';
  if (plain && n <= MAX_TERM_WORDS && before && (w.termMarkers.has(before.lower) || w.termMarkers.has(before2))) return 'term';
  return null;
}

/** A few words with no punctuation ("Coalition of the willing"): speech only when a speech verb frames it. */
export const isPlainPhrase = (content: string): boolean => !/[.,;:!?…](?:\s|$)/.test(content) && wordCount(content) <= MAX_TERM_WORDS;

/** A name of a work or a heading: a few words, every long one capitalised, no inner punctuation (“Face the Nation,”). */
function isTitleCase(content: string): boolean {
  // Punctuation at the very end sits inside the marks in American style.
  let end = content.length;
  while (end > 0 && '.,!?'.includes(content[end - 1]!)) end--;
  if (/[.,;:!?…]/.test(content.slice(0, end))) return false;
  const words = content.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  return words.length <= MAX_TITLE_WORDS && /^\p{Lu}/u.test(words[0] ?? '') && words.filter((x) => x.length > 3).every((x) => /^\p{Lu}/u.test(x));
}

/** Nothing but the quotation in its paragraph. */
function blankAround(text: string, f: QuoteFrame, paragraph: { start: number; end: number }): boolean {
  const after = f.quote.close?.end ?? f.quote.content.end;
  return !/[\p{L}\p{N}]/u.test(text.slice(paragraph.start, f.quote.open.start) + text.slice(after, Math.max(after, paragraph.end)));
}
