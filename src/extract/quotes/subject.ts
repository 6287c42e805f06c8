import type { QuoteWords } from './lexicon.js';
import { analysePhrase, trailingName, type SpeakerPhrase } from './phrase.js';
import type { Token } from './tokens.js';
import { extend } from '../../core/extend.js';

/** Longest subject phrase we read (a name with its titles and role words). Longer stretches are clauses. */
export const MAX_PHRASE = 9;
const CLAUSE_PUNCT = new Set([',', ';', ':', '.', '?', '!', '—', '–', '―', '(', '"', "'", '`', '“', '”', '‘', '’', '«', '»', '[', ']']);
// Words that open an appositive or a parenthetical after a name: "Hugh Hill, a doctor, said", "X, who ..., said".
const APPOSITIVE_START = new Set(['a', 'an', 'the', 'who', 'whose', 'which', 'one', 'his', 'her', 'their', 'its', 'now',
  'then', 'also', 'himself', 'herself', 'both', 'each', 'speaking', 'writing', 'asked', 'according', 'in', 'at', 'on',
  'during', 'after', 'before', 'when', 'while', 'like', 'as', 'for', 'from', 'with', 'citing', 'responding', 'referring',
  'appearing', 'echoing', 'sitting', 'standing', 'meanwhile', 'however', 'too', 'for', 'not', 'though', 'if']);

export const isBoundary = (t: Token, w: QuoteWords) => (t.word ? w.boundaries.has(t.lower) : CLAUSE_PUNCT.has(t.text));

/** Skips adverbs and auxiliaries backwards from ts[i] ("X has also said"). */
function skipAdverbsBack(ts: Token[], i: number, lo: number, w: QuoteWords): number {
  for (;;) {
    while (i >= lo && ts[i]!.word && ts[i]!.text === ts[i]!.lower && (w.adverbs.has(ts[i]!.lower) || /ly$/.test(ts[i]!.lower))) i--;
    // "Trump last week told", "Peskov on Monday said": a time adjunct before the verb.
    if (i - 1 >= lo && (w.timeNouns.has(ts[i]!.lower) || w.notNames.has(ts[i]!.lower)) && TIME_LEAD.has(ts[i - 1]!.lower)) {
      i -= 2;
      continue;
    }
    return i;
  }
}

const TIME_LEAD = new Set(['last', 'this', 'next', 'on', 'late', 'early', 'earlier', 'in']);

/** The start of the phrase that ends at ts[end], walking back to a clause boundary. */
export function phraseStart(ts: Token[], end: number, lo: number, w: QuoteWords, isVerb?: (i: number) => boolean): number {
  let i = end;
  while (i - 1 >= lo && end - i < MAX_PHRASE) {
    const t = ts[i - 1]!;
    // "he believes the Russian leader wants": another reporting verb ends the phrase.
    if (isVerb?.(i - 1)) break;
    // "Secretary of State Marco Rubio", "the head of the Russian delegation", "a spokesman for the Kremlin":
    // a subject phrase may hold "of" or "for" before a name or a determiner.
    if ((t.lower === 'of' || t.lower === 'for') && i - 2 >= lo && ts[i - 2]!.word && (/^\p{Lu}/u.test(ts[i]!.text) || /^(?:the|a|an)$/.test(ts[i]!.lower))) {
      i -= 2;
      continue;
    }
    if (isBoundary(t, w)) break;
    // "Sen. David Perdue (R-Ga.) said": step over a parenthesis.
    if (t.text === ')') {
      let j = i - 1;
      while (j > lo && ts[j]!.text !== '(') j--;
      i = j;
      continue;
    }
    i--;
  }
  return i;
}

/** A comma or a dash that sets off an appositive or a parenthetical. */
const isSeparator = (t: Token | undefined) => !!t && (t.text === ',' || t.text === '—' || t.text === '–' || t.text === '-');

/** Does ts[i..hi] read as an appositive or a parenthetical (so the subject is before it)? */
function opensAppositive(ts: Token[], i: number, hi: number, w: QuoteWords): boolean {
  const t = ts[i];
  if (!t?.word) return false;
  if (APPOSITIVE_START.has(t.lower) || /ing$/.test(t.lower)) return true;
  // "Mr. King, 82, told", "Mitch McConnell, R-Ky., said": an age or a party and state.
  if (/^\d/.test(t.text) || /^[RDI]-\p{Lu}/u.test(t.text)) return true;
  // "Hugh Hill, doctor at ..., said": a lower-case noun phrase is a role, not the subject.
  if (t.text === t.lower && !w.pronouns.has(t.lower)) return true;
  // "Ursula von der Leyen, European Commission President, said": a phrase that ends in a title.
  return w.titles.has(ts[Math.min(hi, i + 3)]?.lower ?? '') && trailingName(ts, i, hi, w) === null;
}

/** Most appositives and parentheticals stepped over between a subject and its verb. */
const MAX_HOPS = 4;
/** Longest appositive in tokens ("a senior fellow at the Hoover Institution and a former ambassador to Russia"). */
const MAX_APPOSITIVE = 40;

/**
 * The subject of a speech verb at ts[cue], looking left no further than ts[lo]: "Ms Leavitt said",
 * "Hugh Hill, a doctor, said", "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said",
 * "the Kremlin spokesperson, Dmitry Peskov, said".
 */
export function subjectBefore(ts: Token[], cue: number, lo: number, w: QuoteWords, isVerb?: (i: number) => boolean): SpeakerPhrase | null {
  let end = skipAdverbsBack(ts, cue - 1, lo, w);
  for (let hop = 0; hop <= MAX_HOPS && end >= lo; hop++) {
    if (!isSeparator(ts[end])) {
      if (!ts[end]!.word && ts[end]!.text !== ')') return null;
      // "... and suggested": a conjunction or a relative word is no subject.
      if (isBoundary(ts[end]!, w)) return null;
      return analysePhrase(ts, phraseStart(ts, end, lo, w, isVerb), end, w);
    }
    let e = end;
    while (e >= lo && isSeparator(ts[e])) e--;
    let k = e;
    while (k >= lo && e - k < MAX_APPOSITIVE && !isSeparator(ts[k]) && !CLAUSE_PUNCT.has(ts[k]!.text)) k--;
    if (k >= lo && e - k >= MAX_APPOSITIVE) return null;
    if (e < lo || k === e) return null;
    const bounded = k >= lo && isSeparator(ts[k]);
    if (bounded && opensAppositive(ts, k + 1, e, w)) {
      end = k;
      continue;
    }
    // "the Kremlin spokesperson, Dmitry Peskov, said": the name in apposition is the speaker.
    const inner = analysePhrase(ts, bounded ? k + 1 : phraseStart(ts, e, lo, w), e, w);
    if (inner?.kind === 'name' && bounded && k - 1 >= lo && ts[k - 1]!.word) {
      const lead = analysePhrase(ts, phraseStart(ts, k - 1, lo, w), k - 1, w);
      if (lead && lead.kind !== 'name' && lead.kind !== 'pronoun') return extend(inner, { lead: lead.span });
    }
    if (inner?.kind === 'name' || !bounded) return inner;
    return null;
  }
  return null;
}

/** The subject after a speech verb ending at ts[cue]: "said Joseph, who has four children", "said the Kremlin spokesperson, Dmitry Peskov". */
export function subjectAfter(ts: Token[], cue: number, hi: number, w: QuoteWords): SpeakerPhrase | null {
  let start = cue + 1;
  if (start > hi || !ts[start]!.word) return null;
  let end = start;
  while (end + 1 <= hi && end - start < MAX_PHRASE) {
    const t = ts[end + 1]!;
    if (t.text === '(') break;
    // "Secretary of State John Kerry": "of" between capitalised words stays inside the name.
    if (t.lower === 'of' && /^\p{Lu}/u.test(ts[end + 2]?.text ?? '') && /^\p{Lu}/u.test(ts[end]!.text)) {
      end++;
      continue;
    }
    if (isBoundary(t, w)) break;
    end++;
  }
  const phrase = analysePhrase(ts, start, end, w);
  if (phrase && phrase.kind !== 'name' && ts[end + 1]?.text === ',') {
    // "said the Kremlin spokesperson, Dmitry Peskov,".
    let e2 = end + 2;
    while (e2 + 1 <= hi && !isBoundary(ts[e2 + 1]!, w) && e2 - end < MAX_PHRASE) e2++;
    const appos = analysePhrase(ts, end + 2, e2, w);
    if (appos?.kind === 'name') return appos;
  }
  return phrase;
}

