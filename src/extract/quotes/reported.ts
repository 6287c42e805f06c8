import { tokenRange } from './context.js';
import type { QuoteWords } from './lexicon.js';
import { analysePhrase, type SpeakerPhrase } from './phrase.js';
import { MAX_PHRASE, subjectAfter } from './subject.js';
import type { Token } from './tokens.js';

/* Speakers named inside another's report: "quoted Peskov as saying", "a statement from the Kremlin". */

/**
 * "quoted Peskov as saying", "cited a senior diplomat as saying": the phrase between the quoting verb and
 * "as" speaks. Undefined when the verb at `cue` is not a participle after "as"; null when no phrase is found.
 */
export function quotedAs(
  ts: Token[],
  cue: number,
  lo: number,
  o: { words: QuoteWords; isCue: (i: number) => number },
): SpeakerPhrase | null | undefined {
  if (!/ing$/.test(ts[cue]!.lower) || ts[cue - 1]?.lower !== 'as') return undefined;
  const end = cue - 2;
  let start = end;
  while (start - 1 >= lo && ts[start - 1]!.word && !o.isCue(start - 1) && end - start < MAX_PHRASE) start--;
  return end >= start && end >= lo ? analysePhrase(ts, start, end, o.words) : null;
}

/** "quoted Peskov as saying": a quoting verb whose own subject is not the speaker. */
export function quotesSomeone(ts: Token[], cueLast: number, hi: number): boolean {
  for (let i = cueLast + 1; i < hi && i <= cueLast + MAX_PHRASE; i++) {
    if (ts[i]!.lower === 'as' && /^(?:saying|telling|writing|stating)$/.test(ts[i + 1]?.lower ?? '')) return true;
    if (!ts[i]!.word) return false;
  }
  return false;
}

/**
 * "according to a statement from the Kremlin", "a readout released by the White House": the author of a
 * document named after it. Returns the phrase unchanged when it names no document or no author follows.
 */
export function documentAuthor(ts: Token[], phrase: SpeakerPhrase, hi: number, w: QuoteWords): SpeakerPhrase {
  if (phrase.kind === 'name' || phrase.kind === 'pronoun') return phrase;
  const [first, last] = tokenRange(ts, phrase.span);
  let h = last;
  while (h > first && /ed$/.test(ts[h]!.lower)) h--; // "a readout released"
  if (!w.statementNouns.has(ts[h]?.lower ?? '')) return phrase;
  for (let k = h + 1; k <= hi && k < h + 5; k++) {
    if (ts[k]!.lower === 'from' || ts[k]!.lower === 'by') {
      const author = subjectAfter(ts, k, hi, w);
      return author && author.kind !== 'unnamed' ? author : phrase;
    }
    if (!ts[k]!.word || !/ed$/.test(ts[k]!.lower)) break;
  }
  return phrase;
}
