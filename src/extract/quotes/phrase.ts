import type { Span } from '../../core/span.js';
import type { QuoteWords } from './lexicon.js';
import { isCapitalised, type Token } from './tokens.js';

/**
 * What a speaker phrase is: a name ("Mr Zelensky", "White House press secretary Karoline Leavitt"), a pronoun,
 * a definite description ("the Kremlin spokesperson") or an unnamed source ("a senior official").
 */
export type PhraseKind = 'name' | 'pronoun' | 'description' | 'unnamed';

export interface SpeakerPhrase {
  kind: PhraseKind;
  /** The whole mention, determiners and titles included. */
  span: Span;
  /** For a name: the name without titles ("Karoline Leavitt"); for a description: its capitalised modifier, if any. */
  name?: Span;
  /** For a pronoun: the gender it requires. */
  gender?: 'male' | 'female' | 'any';
  /** The phrase's head is a statement noun ("the IMF report"): the source is its modifier. */
  document?: boolean;
  /** For a description: its head noun, lower-cased ("the head of the Russian delegation" -> "head"). */
  head?: string;
  /** For a name in apposition, the description it follows ("Moscow’s top negotiator, Vladimir Medinsky"). */
  lead?: Span;
}

// Lower-case words that may sit inside a name ("Ursula von der Leyen", "Mohammed bin Salman").
export const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'del', 'la', 'le', 'du', 'bin', 'al', 'ibn', 'ter', 'y', 'of']);
const DETERMINERS = new Set(['the', 'a', 'an']);
const INDEFINITE = new Set(['a', 'an', 'one', 'some', 'two', 'three', 'several', 'many', 'another', 'other', 'few']);
const POSSESSIVE = /['’]s?$/;

const spanOf = (ts: Token[], from: number, to: number): Span => ({ start: ts[from]!.start, end: ts[to]!.end });

/** A token that can be part of a name: capitalised, not a weekday or month, not a possessive. */
export function nameToken(t: Token, w: QuoteWords): boolean {
  return (
    isCapitalised(t) &&
    !w.notNames.has(t.lower) &&
    !POSSESSIVE.test(t.text) &&
    !w.boundaries.has(t.lower) &&
    !w.pronouns.has(t.lower) &&
    !DETERMINERS.has(t.lower)
  );
}

/**
 * The name at the end of tokens[from..to]: the last run of capitalised words, without the titles before it
 * ("European Council President Donald Tusk" -> "Donald Tusk"). Null when the phrase does not end in a name.
 */
export function trailingName(ts: Token[], from: number, to: number, w: QuoteWords): Span | null {
  let end = to;
  // "Sen. David Perdue (R-Ga.)": a parenthesis after the name is not part of it.
  if (ts[end]?.text === ')') {
    while (end > from && ts[end]!.text !== '(') end--;
    end--;
  }
  if (end < from || !nameToken(ts[end]!, w)) return null;
  // "Mr. King", "Charlie King": a title word that is also a surname, after an honorific or a first name.
  const isTitle = (k: number) => {
    const l = ts[k]!.lower;
    if (!w.titles.has(l)) return false;
    if (!w.titleSurnames.has(l) || k - 1 < from) return true;
    const prev = ts[k - 1]!;
    return !(w.honorifics.has(prev.lower) || (nameToken(prev, w) && !w.titles.has(prev.lower)));
  };
  if (isTitle(end)) return null;
  let start = end;
  while (start - 1 >= from) {
    const t = ts[start - 1]!;
    if (nameToken(t, w) && !isTitle(start - 1)) start--;
    else if (PARTICLES.has(t.lower) && start - 2 >= from && nameToken(ts[start - 2]!, w) && !w.titles.has(ts[start - 2]!.lower)) start--;
    else break;
  }
  while (start < end && PARTICLES.has(ts[start]!.lower)) start++;
  // "Secretary of State Marco Rubio": after a title and "of", the words up to the last two are the title's object.
  if (start - 2 >= from && ts[start - 1]!.lower === 'of' && w.titles.has(ts[start - 2]!.lower)) {
    start = Math.max(start, end - (/^\p{Lu}\.$/u.test(ts[end - 1]?.text ?? '') ? 2 : 1));
  }
  // "Officials said": a single capitalised word that is an unnamed head ("Officials", "Sources") is no name.
  if (start === end && w.unnamedHeads.has(ts[start]!.lower)) return null;
  return spanOf(ts, start, end);
}

/** Classifies the phrase tokens[from..to] (already cut at clause boundaries). */
export function analysePhrase(ts: Token[], from: number, to: number, w: QuoteWords): SpeakerPhrase | null {
  while (from <= to && !ts[from]!.word) from++;
  while (to >= from && !ts[to]!.word && ts[to]!.text !== ')') to--;
  if (from > to) return null;
  // "... alter the campaign noted": a phrase that starts with a lower-case verb begins at its determiner.
  if (ts[from]!.word && ts[from]!.text === ts[from]!.lower && !DETERMINERS.has(ts[from]!.lower) && !INDEFINITE.has(ts[from]!.lower) && !w.pronouns.has(ts[from]!.lower)) {
    for (let k = to - 1; k > from; k--) if (DETERMINERS.has(ts[k]!.lower) || /^(?:his|her|their|its|our)$/.test(ts[k]!.lower)) {
      from = k;
      break;
    }
  }
  // "..., 11, says": a number alone names nobody.
  if (!ts.slice(from, to + 1).some((t) => /\p{L}/u.test(t.text))) return null;
  // "on Sunday he expects": a pronoun ends a phrase by itself.
  if (w.pronouns.has(ts[to]!.lower) && from < to && ts[to]!.text === ts[to]!.lower) from = to;
  const span = spanOf(ts, from, to);
  if (from === to && w.pronouns.has(ts[from]!.lower)) return { kind: 'pronoun', span, gender: w.pronouns.get(ts[from]!.lower)! };
  const name = trailingName(ts, from, to, w);
  if (name) return { kind: 'name', span, name };
  const first = ts[from]!.lower;
  const head = ts[to]!.lower;
  // "the IMF report", "a White House statement": the document speaks for its capitalised modifier.
  if (w.statementNouns.has(head)) {
    const mod = trailingName(ts, from, to - 1, w);
    if (mod) return { kind: 'description', span, name: mod, document: true };
  }
  if (INDEFINITE.has(first) || (w.unnamedHeads.has(head) && !DETERMINERS.has(first) && !isCapitalised(ts[from]!))) {
    return { kind: 'unnamed', span };
  }
  if (DETERMINERS.has(first) || POSSESSIVE.test(ts[from]!.text) || isCapitalised(ts[from]!)) {
    let h = to;
    for (let k = from + 1; k < to; k++) if (ts[k]!.lower === 'of') { h = k - 1; break; }
    return { kind: 'description', span, head: ts[h]!.lower };
  }
  return { kind: 'unnamed', span };
}
