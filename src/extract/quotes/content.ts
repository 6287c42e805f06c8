import type { DocContext } from './context.js';
import { cueAt } from './cues.js';
import type { SpeakerPhrase } from './phrase.js';
import { needsSharedSubject } from './shared-subject.js';
import type { Token } from './tokens.js';
import { verbKind } from './verb-kind.js';

/* Where the content of indirect speech begins and ends around its verb. */

// Words that open an adjunct between a speech verb and its content ("said late on Thursday", "said in a statement").
export const ADJUNCT_PREP = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'following', 'to', 'via', 'through', 'over', 'with', 'late', 'early', 'last', 'this', 'earlier', 'later']);
const DETERMINER = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'this', 'that', 'last', 'next', 'late', 'early']);
// A content that opens with one of these is not a clause ("boasted about", "are needed", "and European countries").
const NOT_CLAUSE = new Set(['about', 'of', 'for', 'with', 'against', 'over', 'into', 'by', 'as', 'like', 'to', 'from', 'and', 'but',
  'or', 'nor', 'so', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'would', 'will',
  'could', 'should', 'may', 'might', 'must', 'can', 'not', 'no', 'up', 'out', 'off', 'back', 'down', 'in', 'on', 'at', 'goodbye',
  'hello', 'thanks', 'yes', 'sorry', 'what', 'how', 'why', 'where', 'when', 'whether', 'if', 'this', 'so', 'nothing',
  'after', 'before', 'during', 'following', 'via', 'through', 'amid', 'despite', 'while',
  'something', 'anything', 'little', 'much', 'more', 'otherwise', 'publicly', 'privately']);
// Words that open what may follow a verb whose content came before it ("..., Medinsky said after the meeting").
export const TRAILING_ADJUNCT = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'following', 'via', 'over', 'with', 'from',
  'late', 'early', 'last', 'this', 'earlier', 'later', 'when', 'while', 'as', 'outside', 'inside', 'near', 'ahead', 'since',
  'through', 'amid', 'despite', 'according', 'yesterday', 'today', 'tonight', 'recently', 'again', 'too', 'also']);
/** Fewest words in the content of a statement. */
export const MIN_CONTENT = 3;
/** Longest content in tokens: a sentence longer than this is cut (and a run-on text costs no more). */
export const MAX_CONTENT_TOKENS = 120;
const END_PUNCT = new Set(['.', '?', '!', ';']);

/**
 * Steps over one adjunct after a speech verb: "on Thursday", "late on Wednesday night", "in a statement",
 * "in an interview with CNN", "on Telegram", "at a news conference in Kyiv". Returns the index after it, or `i`.
 */
function skipAdjunct(ts: Token[], i: number, to: number, c: DocContext): number {
  const w = c.words;
  const isHead = (t: Token) => w.notNames.has(t.lower) || w.timeNouns.has(t.lower) || w.statementNouns.has(t.lower);
  let j = i;
  // "said Monday that", "said Thursday the talks".
  if (j <= to && w.notNames.has(ts[j]!.lower) && /^\p{Lu}/u.test(ts[j]!.text)) return j + 1;
  if (j > to || !ADJUNCT_PREP.has(ts[j]!.lower) || ts[j]!.text !== ts[j]!.lower) return i;
  j++;
  while (j <= to && ADJUNCT_PREP.has(ts[j]!.lower)) j++; // "late on"
  while (j <= to && DETERMINER.has(ts[j]!.lower)) j++;
  // Up to two modifiers before the head: "a joint news conference", "a televised address".
  for (let k = 0; k < 3 && j + k <= to; k++) {
    const t = ts[j + k]!;
    if (isHead(t) && !(j + k + 1 <= to && isHead(ts[j + k + 1]!))) {
      return j + k + 1;
    }
    if (/^\p{Lu}/u.test(t.text) && t.word) {
      // "on Telegram", "on X", "with CNN", "to Fox News": a capitalised run ends the adjunct.
      let e = j + k;
      while (e + 1 <= to && /^\p{Lu}/u.test(ts[e + 1]!.text) && ts[e + 1]!.word) e++;
      return k === 0 ? e + 1 : i;
    }
    if (t.text !== t.lower || !t.word) break;
  }
  return i;
}

/** Where the content after a speech verb begins, or -1 when the verb has no clause after it. */
export function contentStart(ts: Token[], cueLast: number, to: number, c: DocContext): number {
  let i = cueLast + 1;
  if (c.words.objectVerbs.has(ts[cueLast]!.lower)) {
    // "told reporters on Tuesday that": the object, then "that" within reach.
    for (let j = i; j <= to && j - i < 10; j++) {
      if (!ts[j]!.word && ts[j]!.text !== '.') return -1;
      if (ts[j]!.lower === 'that') return j + 1;
    }
    return -1;
  }
  for (let n = 0; n < 4; n++) {
    const next = skipAdjunct(ts, i, to, c);
    if (next === i) break;
    i = next;
    if (ts[i]?.text === ',') i++;
  }
  // After "that" a clause begins, whatever its first word ("said that, if elected, he would ...").
  if (ts[i]?.lower === 'that') {
    i++;
    if (ts[i]?.text === ',') i++;
    return i <= to && (ts[i]!.word || /^["“‘«]$/.test(ts[i]!.text)) ? i : -1;
  }
  if (i > to || !ts[i]!.word || NOT_CLAUSE.has(ts[i]!.lower) || /ly$/.test(ts[i]!.lower)) return -1;
  return i;
}

/** End of the content that starts at ts[from]: the sentence end, or a participle or "according to" that adds another clause. */
export function contentEnd(ts: Token[], from: number, to: number, c: DocContext): number {
  to = Math.min(to, from + MAX_CONTENT_TOKENS);
  let end = to;
  for (let j = from; j <= to; j++) {
    if (END_PUNCT.has(ts[j]!.text) && !c.inQuote[j]) {
      end = j - 1;
      break;
    }
    if (ts[j]!.text === ',' && !c.inQuote[j] && j + 1 <= to && (/ing$/.test(ts[j + 1]!.lower) && c.cueLen(j + 1) || cueAt(ts, j + 1, c.according, true))) {
      end = j - 1;
      break;
    }
    // "described the meeting as tense but said ...": a second verb of the same subject starts another statement.
    if ((ts[j]!.lower === 'and' || ts[j]!.lower === 'but') && j > from && !c.inQuote[j] && verbKind(j + 1, c) && needsSharedSubject(ts, j + 1, from, c.words)) {
      end = j - 1;
      break;
    }
  }
  while (end > from && !ts[end]!.word && !/["”’»)]/.test(ts[end]!.text)) end--;
  return end;
}

/** The token after a verb and its postposed subject ("said Mr Zelensky"), where a parenthetical attribution ends. */
export function skipAfterVerb(ts: Token[], cueLast: number, to: number, subject: SpeakerPhrase): number {
  let i = cueLast + 1;
  while (i <= to && ts[i]!.start < subject.span.end && subject.span.start > ts[cueLast]!.start) i++;
  return i;
}

/** The object of a stance verb: what follows it ("called for a ceasefire", "vowed to fight on"). */
export function objectStart(ts: Token[], cueLast: number, to: number): number {
  const i = cueLast + 1;
  return i <= to && ts[i]!.word && !/^(?:and|but|or|by|as|in|on|at|with|from|after|before|during|since|because|to|into|off|up|out|back|down|over|that|which|who)$/.test(ts[i]!.lower) ? i : -1;
}

/** The stretch is (nearly) all one direct quotation: it is a quote, not indirect speech. */
export function wholeQuote(ts: Token[], from: number, to: number, c: DocContext): boolean {
  let words = 0;
  let quoted = 0;
  for (let i = from; i <= to; i++) {
    if (!ts[i]!.word) continue;
    words++;
    if (c.inQuote[i]) quoted++;
  }
  return words === 0 || quoted / words > 0.8;
}
