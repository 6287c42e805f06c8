/**
 * A prefilter for case-insensitive `phraseRegex` matching: the regex runs (sticky) only where one of its phrases
 * could start, instead of being tried at every character of the text. Equivalent to `text.matchAll(regex)`.
 *
 * Why it is exact: each phrase begins with a run of ASCII letters and digits, which under the `iu` flags only
 * ASCII letters and digits (any case) or FOLDS_TO_ASCII match. A match therefore starts where such a run starts,
 * and the text's whole run of ASCII letters and digits there equals the phrase's leading run ignoring case,
 * unless the text's run is cut short by a non-ASCII character (which might still match), in which case the
 * regex is tried anyway.
 */

import { matchesOf } from './matches.js';

/** The non-ASCII characters that `/[a-z0-9]/iu` matches (Kelvin sign, long s); test/nlp checks every code point. */
export const FOLDS_TO_ASCII = /[\u017f\u212a]/u;

/** The runs of ASCII letters and digits of a text, cut once and shared by every prefiltered regex. */
export interface AsciiWords {
  starts: number[];
  ends: number[];
  /** `runKey` of each run: no string is made per word. */
  keys: number[];
  /** Positions of FOLDS_TO_ASCII characters, where any phrase might start. */
  folded: number[];
}

const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** A hash of a run of ASCII letters and digits, ignoring case. Equal runs get equal keys; collisions only cost a regex try. */
function runKey(text: string, start: number, end: number): number {
  let h = end - start;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + (text.charCodeAt(i) | 32)) | 0;
  return h;
}

export function asciiWords(text: string): AsciiWords {
  const out: AsciiWords = { starts: [], ends: [], keys: [], folded: [] };
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (!isAsciiAlnum(c)) {
      if (c === 0x17f || c === 0x212a) out.folded.push(i);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isAsciiAlnum(text.charCodeAt(j))) j++;
    out.starts.push(i);
    out.ends.push(j);
    out.keys.push(runKey(text, i, j));
    i = j;
  }
  return out;
}

/** A case-insensitive phrase regex with the leading ASCII runs of its phrases; null runs: no prefilter applies. */
export interface StartFiltered {
  global: RegExp;
  sticky: RegExp;
  firstRuns: ReadonlySet<number> | null;
}

const LEADING_RUN = /^[A-Za-z0-9]+/;

/** `regex` must match only at the start of one of `phrases` (as `phraseRegex` and its variants do) and ignore case. */
export function startFiltered(regex: RegExp, phrases: readonly string[]): StartFiltered {
  if (!regex.flags.includes('i') || !regex.flags.includes('u')) throw new Error('startFiltered needs a case-insensitive Unicode regex');
  const runs = phrases.filter((p) => p.trim()).map((p) => LEADING_RUN.exec(p.trim())?.[0]);
  return {
    global: new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : regex.flags + 'g'),
    sticky: new RegExp(regex.source, regex.flags.replace('g', '') + 'y'),
    firstRuns: runs.every((r) => r !== undefined) ? new Set((runs as string[]).map((r) => runKey(r, 0, r.length))) : null,
  };
}

/** The matches `text.matchAll` would give, in order, trying the regex only where a phrase could start. */
export function matchPhrases(text: string, words: AsciiWords, f: StartFiltered): RegExpExecArray[] {
  const { sticky, firstRuns } = f;
  if (!firstRuns) {
    return matchesOf(f.global, text);
  }
  const out: RegExpExecArray[] = [];
  const { starts, ends, keys, folded } = words;
  let free = 0; // a match starts after the previous one, as with a global regex
  for (let w = 0, k = 0; w < starts.length || k < folded.length; ) {
    // Word starts and folded characters, in text order.
    const isWord = k >= folded.length || (w < starts.length && starts[w]! < folded[k]!);
    const i = isWord ? starts[w]! : folded[k]!;
    const candidate = !isWord || firstRuns.has(keys[w]!) || (ends[w]! < text.length && text.charCodeAt(ends[w]!) >= 128);
    if (isWord) w++;
    else k++;
    if (i < free || !candidate) continue;
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (m) {
      out.push(m);
      free = i + m[0].length;
    }
  }
  return out;
}
