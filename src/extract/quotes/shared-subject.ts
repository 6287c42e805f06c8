import { notAReport } from './cues.js';
import type { QuoteWords } from './lexicon.js';
import { analysePhrase, type SpeakerPhrase } from './phrase.js';
import { isBoundary, MAX_PHRASE, subjectBefore } from './subject.js';
import type { Token } from './tokens.js';

/** How far back a verb without a subject looks for the verb or the clause opening it shares a subject with. */
const SHARED_REACH = 60;
/** Introductory phrases stepped over at most before a clause's subject. */
const MAX_INTRO = 3;

/** The subject that opens a clause starting at ts[lo]: "Ms Leavitt echoed that ..., saying" -> "Ms Leavitt". */
export function clauseSubject(ts: Token[], lo: number, hi: number, w: QuoteWords): SpeakerPhrase | null {
  // "During a speech earlier in the day, Trump attacked ...": after an introductory phrase, the subject.
  let first: SpeakerPhrase | null | undefined;
  let intros = 0;
  for (let start = lo; start <= hi && start - lo < SHARED_REACH; start++) {
    if (start > lo && ts[start - 1]!.text !== ',') continue;
    if (intros++ > MAX_INTRO) break;
    const phrase = firstPhrase(ts, start, hi, w);
    if (phrase?.kind === 'name' || phrase?.kind === 'pronoun') return phrase;
    if (first === undefined) first = phrase;
  }
  return first ?? null;
}

/** The phrase that opens ts[lo..hi], up to its verb. */
function firstPhrase(ts: Token[], lo: number, hi: number, w: QuoteWords): SpeakerPhrase | null {
  let start = lo;
  while (start <= hi && (!ts[start]!.word || (w.boundaries.has(ts[start]!.lower) && ts[start]!.lower !== 'the'))) start++;
  if (start > hi) return null;
  let end = start;
  while (end + 1 <= hi && !isBoundary(ts[end + 1]!, w) && end - start < MAX_PHRASE) {
    const t = ts[end + 1]!;
    // The subject ends where the verb begins: a lower-case word after a name ("Ms Leavitt echoed").
    const role = w.titles.has(t.lower) || w.unnamedHeads.has(t.lower);
    if (t.text === t.lower && /^\p{Lu}/u.test(ts[end]!.text) && !role && !/^(?:of|von|van|de|der|bin|al)$/.test(t.lower)) break;
    if (w.adverbs.has(t.lower) && t.text === t.lower) break;
    end++;
  }
  return analysePhrase(ts, start, end, w);
}

/**
 * The subject of a verb that has none of its own: a participle after a comma ("X wrote on X, saying ...") or a
 * verb after "and"/"but" ("X described ... but said ..."). It is the subject of the speech verb before it in
 * the sentence, else the subject that opens the sentence. `skip(i)` marks tokens inside quotations.
 */
export function sharedSubject(
  ts: Token[],
  cue: number,
  lo: number,
  o: { words: QuoteWords; isCue: (i: number) => number; skip: (i: number) => boolean },
): SpeakerPhrase | null {
  lo = Math.max(lo, cue - SHARED_REACH);
  for (let i = cue - 1; i >= lo; i--) {
    if (o.skip(i) || !o.isCue(i) || notAReport(ts, i, lo)) continue;
    if (i > lo && /ing$/.test(ts[i]!.lower) && ts[i - 1]!.text === ',') continue;
    const phrase = subjectBefore(ts, i, lo, o.words);
    if (phrase) return phrase;
  }
  return clauseSubject(ts, lo, cue - 1, o.words);
}

/** A verb with no subject of its own: a participle after a comma, or a verb right after "and"/"but". */
export function needsSharedSubject(ts: Token[], cue: number, lo: number, w: QuoteWords): boolean {
  const before = ts[cue - 1];
  if (!before || cue - 1 < lo) return false;
  // `“long and substantive,” adding that`: the comma sits inside the closing mark.
  if (/ing$/.test(ts[cue]!.lower) && (before.text === ',' || before.lower === 'and' || /^["”’»]$/.test(before.text))) return true;
  let i = cue - 1;
  while (i >= lo && ts[i]!.word && w.adverbs.has(ts[i]!.lower) && ts[i]!.text === ts[i]!.lower) i--;
  return i >= lo && (ts[i]!.lower === 'and' || ts[i]!.lower === 'but');
}

