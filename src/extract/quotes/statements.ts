import type { Span } from '../../core/span.js';
import type { DocContext } from './context.js';
import { cueAt, notAReport } from './cues.js';
import type { SpeakerPhrase } from './phrase.js';
import { documentAuthor, needsSharedSubject, quotedAs, quotesSomeone, sharedSubject, subjectAfter, subjectBefore } from './subject.js';
import type { Token } from './tokens.js';

/** Indirect speech found in a sentence, before its speaker is resolved. */
export interface StatementCandidate {
  content: Span;
  phrase: SpeakerPhrase | null;
  cue: Span;
  /** `statement/said-that` (X said Ukraine would...), `statement/said-after` (Ukraine will..., X said), `statement/according-to`. */
  rule: string;
}

// Words that open an adjunct between a speech verb and its content ("said late on Thursday", "said in a statement").
const ADJUNCT_PREP = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'following', 'to', 'via', 'through', 'over', 'with', 'late', 'early', 'last', 'this', 'earlier', 'later']);
const DETERMINER = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'this', 'that', 'last', 'next', 'late', 'early']);
// A content that opens with one of these is not a clause ("boasted about", "are needed", "and European countries").
const NOT_CLAUSE = new Set(['about', 'of', 'for', 'with', 'against', 'over', 'into', 'by', 'as', 'like', 'to', 'from', 'and', 'but',
  'or', 'nor', 'so', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'would', 'will',
  'could', 'should', 'may', 'might', 'must', 'can', 'not', 'no', 'up', 'out', 'off', 'back', 'down', 'in', 'on', 'at', 'goodbye',
  'hello', 'thanks', 'yes', 'sorry', 'what', 'how', 'why', 'where', 'when', 'whether', 'if', 'this', 'so', 'nothing',
  'after', 'before', 'during', 'following', 'via', 'through', 'amid', 'despite', 'while',
  'something', 'anything', 'little', 'much', 'more', 'otherwise', 'publicly', 'privately']);
// Words that open what may follow a verb whose content came before it ("..., Medinsky said after the meeting").
const TRAILING_ADJUNCT = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'following', 'via', 'over', 'with', 'from',
  'late', 'early', 'last', 'this', 'earlier', 'later', 'when', 'while', 'as', 'outside', 'inside', 'near', 'ahead', 'since',
  'through', 'amid', 'despite', 'according', 'yesterday', 'today', 'tonight', 'recently', 'again', 'too', 'also']);
/** Fewest words in the content of a statement. */
const MIN_CONTENT = 3;
/** Longest content in tokens: a sentence longer than this is cut (and a run-on text costs no more). */
const MAX_CONTENT_TOKENS = 120;
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
function contentStart(ts: Token[], cueLast: number, to: number, c: DocContext): number {
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
function contentEnd(ts: Token[], from: number, to: number, c: DocContext): number {
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

/**
 * Indirect speech in every sentence: "Zelensky said Ukraine would not withdraw" (content after the verb),
 * "Ukraine will not withdraw, Zelensky said" (content before), "according to X, ...". `used` holds the
 * offsets of speech verbs that already attribute a direct quote.
 */
export function findStatements(c: DocContext, used: ReadonlySet<number>): StatementCandidate[] {
  const ts = c.tokens;
  const out: StatementCandidate[] = [];
  const sentences = c.doc.sentences;
  for (let s = 0; s < sentences.length; s++) {
    const [from, to] = c.sentenceTokens(s);
    let clauseFrom = from;
    for (let i = from; i <= to; i++) {
      if (c.inQuote[i]) continue;
      const kind = verbKind(i, c);
      if (!kind) {
        const a = cueAt(ts, i, c.according, true);
        if (a) {
          const cand = according(i, a, clauseFrom, to, c);
          if (cand) {
            out.push(cand);
            clauseFrom = i + a;
          }
          i += a - 1;
        }
        continue;
      }
      const cueFirst = i;
      const cueLast = i + (kind === 'said' ? c.cueLen(i) : kind === 'belief' ? c.beliefLen(i) : c.stanceLen(i)) - 1;
      i = cueLast;
      const word = ts[cueFirst]!.lower;
      if (used.has(ts[cueFirst]!.start) || (kind === 'said' && c.words.quoteOnlyVerbs.has(word)) || notAReport(ts, cueFirst, from)) continue;
      const cue = { start: ts[cueFirst]!.start, end: ts[cueLast]!.end };
      // "TASS quoted Ryabkov as saying that ...": the participle reports it, with Ryabkov as its speaker.
      if (quotesSomeone(ts, cueLast, to)) continue;
      const quoted = quotedAs(ts, cueFirst, from, { words: c.words, isCue: c.cueLen });
      const phrase = quoted !== undefined ? quoted : needsSharedSubject(ts, cueFirst, from, c.words)
        ? sharedSubject(ts, cueFirst, from, { words: c.words, isCue: c.cueLen, skip: (k) => c.inQuote[k] === 1 })
        : subjectBefore(ts, cueFirst, clauseFrom, c.words);
      const start = kind === 'stance' ? objectStart(ts, cueLast, to) : contentStart(ts, cueLast, to, c);
      if (start >= 0 && !c.inQuote[start] && phrase) {
        const end = contentEnd(ts, start, to, c);
        if (end - start + 1 >= MIN_CONTENT && !wholeQuote(ts, start, end, c)) {
          out.push({ content: { start: ts[start]!.start, end: ts[end]!.end }, phrase, cue, rule: RULE_AFTER_VERB[kind] });
          continue;
        }
      }
      if (kind === 'stance') continue;
      // "The head of the delegation, Rustem Umerov, wrote: “...”": a verb that introduces a quotation has no
      // content before it.
      const next = ts[cueLast + 1];
      if (next && (next.text === ':' || c.inQuote[cueLast + 2] || /^["“«„]$/.test(next.text))) continue;
      // "Ukraine will not withdraw, Mr Zelensky said." / "..., said Mr Zelensky.": the content is the clause before.
      const subject = phrase ?? (ts[cueFirst - 1]?.text === ',' ? subjectAfter(ts, cueLast, to, c.words) : null);
      if (!subject) continue;
      // Only a verb that ends its clause has its content before it: "In his speech, Graham urged voters to ..." has not.
      let rest = skipAfterVerb(ts, cueLast, to, subject);
      // "..., Medinsky told journalists after the meeting.": a short object first.
      if (c.words.objectVerbs.has(ts[cueLast]!.lower)) {
        let o = rest;
        while (o <= to && o - rest < 3 && ts[o]!.word && !c.words.boundaries.has(ts[o]!.lower) && !ADJUNCT_PREP.has(ts[o]!.lower)) o++;
        rest = o;
      }
      // What may follow: the end, a comma, or an adjunct of time, place or medium ("said after the meeting").
      const r = ts[rest];
      if (r && rest <= to && r.word && !TRAILING_ADJUNCT.has(r.lower) && !c.words.notNames.has(r.lower)) continue;
      const head = Math.min(subject.lead?.start ?? subject.span.start, ts[cueFirst]!.start);
      let k = cueFirst;
      while (k > from && ts[k - 1]!.start >= head) k--;
      let end = k - 1;
      while (end >= clauseFrom && !ts[end]!.word) end--;
      if (end >= clauseFrom && ts[k - 1]?.text === ',' && end - clauseFrom < MAX_CONTENT_TOKENS && !wholeQuote(ts, clauseFrom, end, c)) {
        let begin = clauseFrom;
        while (begin < end && !ts[begin]!.word && !/["“‘«(]/.test(ts[begin]!.text)) begin++;
        // "Another key factor, he noted, is the legal basis": the sentence goes on after the verb.
        let last = end;
        const after = skipAfterVerb(ts, cueLast, to, subject);
        const goesOn = ts[after + 1];
        if (ts[after]?.text === ',' && goesOn?.word && after + 1 <= to && !verbKind(after + 1, c) && !/ing$/.test(goesOn.lower)
          && !c.words.boundaries.has(goesOn.lower) && !cueAt(ts, after + 1, c.according, true)) last = contentEnd(ts, after + 1, to, c);
        out.push({ content: { start: ts[begin]!.start, end: ts[last]!.end }, phrase: subject, cue, rule: kind === 'said' ? 'statement/said-after' : 'statement/belief' });
        clauseFrom = cueLast + 1;
      }
    }
  }
  return out;
}

type Kind = 'said' | 'belief' | 'stance';

/** The token after a verb and its postposed subject ("said Mr Zelensky"), where a parenthetical attribution ends. */
function skipAfterVerb(ts: Token[], cueLast: number, to: number, subject: SpeakerPhrase): number {
  let i = cueLast + 1;
  while (i <= to && ts[i]!.start < subject.span.end && subject.span.start > ts[cueLast]!.start) i++;
  return i;
}

/**
 * What the verb at token i reports: speech, a belief or a stance. The longest phrase wins ("called for" is a
 * stance, "called" alone a speech verb); a speech verb that only frames quotations ("called them “...”") is read
 * as a stance, whose object is the content.
 */
function verbKind(i: number, c: DocContext): Kind | null {
  const said = c.cueLen(i);
  const belief = c.beliefLen(i);
  const stance = c.stanceLen(i);
  if (!said && !belief && !stance) return null;
  if (stance > said && stance >= belief) return 'stance';
  if (said && (said >= belief || !belief)) return stance && c.words.quoteOnlyVerbs.has(c.tokens[i]!.lower) ? 'stance' : 'said';
  return belief ? 'belief' : 'stance';
}
const RULE_AFTER_VERB: Record<Kind, string> = { said: 'statement/said-that', belief: 'statement/belief', stance: 'statement/stance' };

/** The object of a stance verb: what follows it ("called for a ceasefire", "vowed to fight on"). */
function objectStart(ts: Token[], cueLast: number, to: number): number {
  const i = cueLast + 1;
  return i <= to && ts[i]!.word && !/^(?:and|but|or|by|as|in|on|at|with|from|after|before|during|since|because|to|into|off|up|out|back|down|over|that|which|who)$/.test(ts[i]!.lower) ? i : -1;
}

/** "According to X, CLAUSE" or "CLAUSE, according to X". */
function according(at: number, n: number, from: number, to: number, c: DocContext): StatementCandidate | null {
  const ts = c.tokens;
  const found = subjectAfter(ts, at + n - 1, to, c.words);
  if (!found) return null;
  const phrase = documentAuthor(ts, found, to, c.words);
  const cue = { start: ts[at]!.start, end: ts[at + n - 1]!.end };
  let k = at + n;
  while (k <= to && ts[k]!.start < phrase.span.end) k++;
  if (ts[k]?.text === ',' && at === from) {
    const end = contentEnd(ts, k + 1, to, c);
    if (end > k && !wholeQuote(ts, k + 1, end, c)) return { content: { start: ts[k + 1]!.start, end: ts[end]!.end }, phrase, cue, rule: 'statement/according-to' };
  }
  let end = at - 1;
  while (end >= from && !ts[end]!.word) end--;
  if (end > from && ts[at - 1]?.text === ',' && end - from < MAX_CONTENT_TOKENS && !wholeQuote(ts, from, end, c)) {
    return { content: { start: ts[from]!.start, end: ts[end]!.end }, phrase, cue, rule: 'statement/according-to' };
  }
  return null;
}

/** The stretch is (nearly) all one direct quotation: it is a quote, not indirect speech. */
function wholeQuote(ts: Token[], from: number, to: number, c: DocContext): boolean {
  let words = 0;
  let quoted = 0;
  for (let i = from; i <= to; i++) {
    if (!ts[i]!.word) continue;
    words++;
    if (c.inQuote[i]) quoted++;
  }
  return words === 0 || quoted / words > 0.8;
}
