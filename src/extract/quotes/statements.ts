import type { Span } from '../../core/span.js';
import type { DocContext } from './context.js';
import { ADJUNCT_PREP, contentEnd, contentStart, MAX_CONTENT_TOKENS, MIN_CONTENT, objectStart, skipAfterVerb, TRAILING_ADJUNCT, wholeQuote } from './content.js';
import { cueAt, notAReport } from './cues.js';
import type { SpeakerPhrase } from './phrase.js';
import { subjectAfter, subjectBefore } from './subject.js';
import { needsSharedSubject, sharedSubject } from './shared-subject.js';
import { documentAuthor, quotedAs, quotesSomeone } from './reported.js';
import { verbKind, type Kind } from './verb-kind.js';

/** Indirect speech found in a sentence, before its speaker is resolved. */
export interface StatementCandidate {
  content: Span;
  phrase: SpeakerPhrase | null;
  cue: Span;
  /** `statement/said-that` (X said Ukraine would...), `statement/said-after` (Ukraine will..., X said), `statement/according-to`. */
  rule: string;
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
          const cand = according(i, a, clauseFrom, to, c, used);
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
        : subjectBefore(ts, cueFirst, clauseFrom, c.words, (k) => verbKind(k, c) !== null);
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

const RULE_AFTER_VERB: Record<Kind, string> = { said: 'statement/said-that', belief: 'statement/belief', stance: 'statement/stance' };

/** "According to X, CLAUSE" or "CLAUSE, according to X". */
function according(at: number, n: number, from: number, to: number, c: DocContext, used: ReadonlySet<number>): StatementCandidate | null {
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
  // "“The talks were useful,” Peskov said, according to Interfax": a quotation with its own attribution.
  for (let k = from; k <= end; k++) if (used.has(ts[k]!.start)) return null;
  if (end > from && ts[at - 1]?.text === ',' && end - from < MAX_CONTENT_TOKENS && !wholeQuote(ts, from, end, c)) {
    return { content: { start: ts[from]!.start, end: ts[end]!.end }, phrase, cue, rule: 'statement/according-to' };
  }
  return null;
}

