import type { Span } from '../../core/span.js';
import type { SentenceReading } from '../reading/read.js';
import type { Hit } from '../reading/phrases.js';
import { tokenAt } from '../reading/tokens.js';

/** Nouns that refer back to something just described: "the idea", "such a move", "that arrangement". */
const ANAPHORIC_NOUN = /^(?:idea|plan|proposal|proposals|option|options|move|moves|demand|demands|step|steps|arrangement|arrangements|scenario|effort|efforts|approach|concession|concessions|offer|terms|condition|conditions|deal)$/;
const DEMONSTRATIVE = /^(?:that|this|these|those|such|the)$/;
const DEFINITE = /^(?:the|that|this|these|those|such|its|their|his|her|our)$/;

/** Tokens [from, to] of one clause, skipping asides of other clauses (or keeping them); `to` is inclusive. */
export function clauseRange(r: SentenceReading, from: number, to: number, clause: number, opts: { asides?: boolean } = {}): number[] {
  const out: number[] = [];
  for (let i = from; i <= to && i < r.tokens.length; i++) {
    const c = r.clauses.of[i]!;
    if (c === clause || (opts.asides && r.clauses.asides.has(c))) out.push(i);
    else if (!r.clauses.asides.has(c)) break;
  }
  return out;
}

/** Tokens of a clause before `ti`, in order, stopping at the clause start; asides skipped (or kept). */
export function clauseBefore(r: SentenceReading, ti: number, clause: number, opts: { asides?: boolean } = {}): number[] {
  const out: number[] = [];
  for (let i = ti - 1; i >= 0; i--) {
    const c = r.clauses.of[i]!;
    if (c === clause || (opts.asides && r.clauses.asides.has(c))) out.push(i);
    else if (!r.clauses.asides.has(c)) break;
  }
  return out.reverse();
}

const inside = (spans: readonly Span[], h: Span) => spans.some((s) => s.start <= h.start && h.end <= s.end);

/** The issue words inside the given tokens, leaving out those that only state a condition. */
export function issuesIn(r: SentenceReading, tokens: number[], opts: { keepConditions?: boolean } = {}): Hit<string>[] {
  if (!tokens.length) return [];
  const start = r.tokens[tokens[0]!]!.start;
  const end = r.tokens[tokens.at(-1)!]!.end;
  const set = new Set(tokens);
  return r.issues.filter((h) => {
    if (h.start < start || h.end > end) return false;
    return set.has(tokenAt(r.tokens, h.start)) && (opts.keepConditions || !inside(r.conditions, h));
  });
}

/**
 * Whether a scope opens by pointing back: a bare "that"/"this" ("Ukraine opposes that."), or a demonstrative
 * with an anaphoric noun ("rejected the idea", "such a move"), or a clause that starts with "which".
 */
export function pointsBack(r: SentenceReading, scope: number[], clauseStart: number): 'previous' | 'sentence' | null {
  const w = (i: number | undefined) => (i === undefined ? '' : r.tokens[i]?.lower ?? '');
  if (w(clauseStart) === 'which') return 'sentence';
  const [a, b, c] = scope;
  if ((w(a) === 'that' || w(a) === 'this' || w(a) === 'it') && (b === undefined || !r.tokens[b]!.word)) return 'previous';
  // "wants them to last 30 to 50 years": the things just named, made to do something.
  if (w(a) === 'them' && w(b) === 'to') return 'previous';
  if (DEMONSTRATIVE.test(w(a)) && (ANAPHORIC_NOUN.test(w(b)) || (w(b) === 'a' && ANAPHORIC_NOUN.test(w(c))))) return 'previous';
  // "rejecting Washington's suggested trilateral arrangement", "did not accept the second option": an anaphoric
  // noun a few words in. Made definite (the, that, a possessive) it may point to the sentence before.
  const k = scope.slice(0, 4).findIndex((i) => ANAPHORIC_NOUN.test(w(i)));
  if (k < 0) return null;
  const definite = scope.slice(0, k).some((i) => DEFINITE.test(w(i)) || /'s?$/.test(w(i)));
  return definite ? 'previous' : 'sentence';
}

/** Issue words of the nearest earlier clause of the sentence that has any. */
export function issuesBefore(r: SentenceReading, ti: number): Hit<string>[] {
  const start = r.tokens[ti]!.start;
  const before = r.issues.filter((h) => h.end <= start && !inside(r.conditions, h));
  if (!before.length) return [];
  const last = before.at(-1)!;
  const clause = r.clauses.of[tokenAt(r.tokens, last.start)];
  return before.filter((h) => r.clauses.of[tokenAt(r.tokens, h.start)] === clause);
}
