import type { Span } from '../../core/span.js';
import type { Extraction, StageEnv } from '../extraction.js';
import { findAgents, profileNames, type Agent } from './agents.js';
import { clauseBreaker, type Clauses } from './clauses.js';
import { holdersLexicon } from './lexicon.js';
import { bySpan, cutPieces, phraseIndex, pieceAt, type Hit, type Pieces } from './phrases.js';
import { findSpeech, type Speech } from './speech.js';
import { actorsByKey, quoteSpeakers, stageReports } from './reports.js';
import { tokensOf, tokenAt, type Token } from './tokens.js';

/** One sentence, read for positions and statuses: tokens, clauses, names, speech and issue words. */
export interface SentenceReading {
  index: number;
  span: Span;
  tokens: Token[];
  clauses: Clauses;
  agents: Agent[];
  speech: Speech[];
  issues: Hit<string>[];
  /** Stretches that state a condition ("if Ukraine withdraws"): their issue words are terms, not subjects. */
  conditions: Span[];
  /** Stretches inside quotation marks. */
  quoted: Span[];
  /** Every reporting word outside quotes ("said", "according to"), with or without a speaker found. */
  reporting: Span[];
}

export interface DocReading {
  text: string;
  pieces: Pieces;
  agents: Agent[];
  sentences: SentenceReading[];
}

const QUOTE_PAIRS: Record<string, string> = { '“': '”', '"': '"', '«': '»', '‘': '’' };

export type Reader = (x: Readonly<Extraction>) => DocReading;

const readers = new WeakMap<StageEnv, Reader>();

/**
 * The reader of a pipeline: built once per environment (word lists compiled here) and shared by the stages
 * that read sentences, which also share each document's reading (a memo keyed by the document object).
 */
export function readerFor(env: StageEnv): Reader {
  let reader = readers.get(env);
  if (!reader) {
    const read = createReader(env);
    const memo = new WeakMap<object, { mentions: unknown; reading: DocReading }>();
    reader = (x) => {
      const hit = memo.get(x.doc);
      if (hit && hit.mentions === x.mentions) return hit.reading;
      const reading = read(x);
      memo.set(x.doc, { mentions: x.mentions, reading });
      return reading;
    };
    readers.set(env, reader);
  }
  return reader;
}

/** Builds a reader (word lists compiled here), then reads each extraction. */
export function createReader(env: StageEnv): Reader {
  const lex = holdersLexicon(env.lexicon);
  const names = profileNames(env.profile, lex);
  const clauses = clauseBreaker(lex);
  // A cue word may name two issues ("freeze the front": territory and ceasefire).
  const issuesOf = new Map<string, string[]>();
  for (const issue of env.profile.issues)
    for (const cue of issue.cues) {
      const k = cue.toLowerCase().replace(/\s+/g, ' ');
      issuesOf.set(k, [...new Set([...(issuesOf.get(k) ?? []), issue.id])]);
    }
  const index = phraseIndex<{ issues: string[]; after: true; before: true; conditionals: true }>({
    issues: [...issuesOf],
    after: lex.reporting.map((w) => [w, true] as const),
    before: lex.reportingBefore.map((w) => [w, true] as const),
    conditionals: lex.conditionals.map((w) => [w, true] as const),
  });

  return function read(x: Readonly<Extraction>): DocReading {
    const text = x.doc.text;
    const pieces = cutPieces(text);
    const agents = findAgents(x, pieces, names, lex);
    const spans = readingSpans(pieces, x.doc.sentences.map((s) => s.span));
    const all = index(pieces, { start: 0, end: text.length });
    const issues = bySpan(
      all.issues.flatMap((h) => h.value.map((value) => ({ ...h, value }))),
      spans,
    );
    const after = bySpan(all.after, spans);
    const before = bySpan(all.before, spans);
    const conds = bySpan(all.conditionals, spans);
    const own = bySpan(agents, spans);
    const actors = actorsByKey(x);
    const sentences = spans.map((span, i): SentenceReading => {
      const tokens = tokensOf(pieces, span);
      const firstPerson = quoteSpeakers(x, actors, pieces, span).filter((q) => !own[i]!.some((a) => a.start < q.end && q.start < a.end));
      const ownAgents = firstPerson.length ? [...own[i]!, ...firstPerson].sort((a, b) => a.start - b.start) : own[i]!;
      const cl = clauses(tokens, ownAgents);
      const quoted = quotedSpans(text, tokens);
      const outside = (h: Span) => !quoted.some((q) => q.start <= h.start && h.end <= q.end);
      // The quotes stage's statements and quotes first; this sentence's own reading fills the gaps.
      const reported = stageReports(x, actors, span, ownAgents);
      const found = findSpeech(span, tokens, cl, ownAgents, {
        after: after[i]!.filter(outside),
        before: before[i]!.filter(outside),
      }).filter((s) => !reported.some((r) => r.cue.start < s.cue.end && s.cue.start < r.cue.end));
      const speech = [...reported, ...found].sort((a, b) => a.cue.start - b.cue.start);
      const conditions = conds[i]!.map((h) => ({ start: h.start, end: conditionEnd(tokens, cl, tokenAt(tokens, h.start)) }));
      const reporting = [...after[i]!, ...before[i]!].filter(outside).map((h) => ({ start: h.start, end: h.end }));
      return { index: i, span, tokens, clauses: cl, agents: ownAgents, speech, issues: issues[i]!, conditions, quoted, reporting };
    });
    return { text, pieces, agents, sentences };
  };
}
/**
 * Real sentences are short; a "sentence" of thousands of words (a table, a list, adversarial input) is read in
 * windows of MAX_PIECES pieces, so that every rule that looks around a word stays bounded.
 */
const MAX_PIECES = 300;

function readingSpans(pieces: Pieces, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    let first = pieceAt(pieces, s.start);
    const last = pieceAt(pieces, s.end);
    if (last - first <= MAX_PIECES) {
      out.push(s);
      continue;
    }
    let start = s.start;
    while (last - first > MAX_PIECES) {
      first += MAX_PIECES;
      const end = pieces.starts[first]!;
      out.push({ start, end });
      start = end;
    }
    out.push({ start, end: s.end });
  }
  return out;
}

/** A condition runs to the next comma or the end of its clause. */
function conditionEnd(tokens: readonly Token[], clauses: Clauses, from: number): number {
  const clause = clauses.of[from];
  let i = from;
  while (i + 1 < tokens.length && tokens[i + 1]!.lower !== ',' && clauses.of[i + 1] === clause) i++;
  return tokens[i]!.end;
}

/** Stretches between paired quotation marks, read from the tokens (marks are tokens of their own). */
function quotedSpans(text: string, tokens: readonly Token[]): Span[] {
  const out: Span[] = [];
  // The next token of each quotation mark, found in one backward pass so an unclosed mark costs nothing.
  const next = new Map<string, number>();
  const closeAt: number[] = new Array(tokens.length).fill(-1);
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.word) continue;
    const c = text[t.start]!;
    const close = QUOTE_PAIRS[c];
    if (close) closeAt[k] = next.get(close) ?? -1;
    next.set(c, k);
  }
  for (let k = 0; k < tokens.length; k++) {
    const j = closeAt[k]!;
    if (j < 0) continue;
    out.push({ start: tokens[k]!.end, end: tokens[j]!.start });
    k = j; // go on after the closing mark
  }
  return out;
}
