import type { Span } from '../../core/span.js';
import type { SentenceReading } from '../reading/read.js';
import type { Hit } from '../reading/phrases.js';

/** Words that point back to what was just said: "Ukraine opposes that", "the idea", "such a force". */
const ANAPHOR = /^(?:that|this|it|them|these|those|such|idea|plan|proposal|proposals|option|move|moves|demand|demands|step|steps|arrangement|scenario|effort|one|so|there)$/;

/** Tokens [from, to] of one clause, skipping asides of other clauses; `to` is inclusive. */
export function clauseRange(r: SentenceReading, from: number, to: number, clause: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to && i < r.tokens.length; i++) {
    const c = r.clauses.of[i]!;
    if (c === clause) out.push(i);
    else if (!r.clauses.asides.has(c)) break;
  }
  return out;
}

/** Tokens of a clause before `ti`, nearest first, stopping at the clause start. */
export function clauseBefore(r: SentenceReading, ti: number, clause: number): number[] {
  const out: number[] = [];
  for (let i = ti - 1; i >= 0; i--) {
    const c = r.clauses.of[i]!;
    if (c === clause) out.push(i);
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
    const ti = r.tokens.findIndex((t) => t.end > h.start);
    return set.has(ti) && (opts.keepConditions || !inside(r.conditions, h));
  });
}

export const hasAnaphor = (r: SentenceReading, tokens: number[]): boolean =>
  tokens.slice(0, 6).some((i) => ANAPHOR.test(r.tokens[i]!.lower));

/** Issue words of the nearest earlier clause of the sentence that has any. */
export function issuesBefore(r: SentenceReading, ti: number): Hit<string>[] {
  const start = r.tokens[ti]!.start;
  const before = r.issues.filter((h) => h.end <= start && !inside(r.conditions, h));
  if (!before.length) return [];
  const last = before.at(-1)!;
  const clause = r.clauses.of[r.tokens.findIndex((t) => t.end > last.start)];
  return before.filter((h) => r.clauses.of[r.tokens.findIndex((t) => t.end > h.start)] === clause);
}
