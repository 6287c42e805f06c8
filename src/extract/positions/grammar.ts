import type { Hit } from '../reading/phrases.js';
import type { SentenceReading } from '../reading/read.js';
import type { Holder } from './holder.js';
import { withCoordinatedAfter } from './holder.js';
import { clauseRange } from './scope.js';
import { AUX, tokenOf } from './words.js';

/** Word-order tests that decide whether a cue is a position of its own and what it covers. */

/** "issues outlined in a 20-point proposal": an -ed cue right after a plain noun, with no "by" after it. */
export function reducedRelative(r: SentenceReading, ti: number, te: number): boolean {
  const t = r.tokens[ti]!;
  const prev = r.tokens[ti - 1];
  if (!/ed$/.test(t.lower) || !prev || !prev.word || prev.cap) return false;
  if (AUX.test(prev.lower) || /ly$/.test(prev.lower) || /^(?:and|or|but|that|who|which|it|they|he|she|we|i)$/.test(prev.lower)) return false;
  if (r.agents.some((a) => a.end === prev.end)) return false;
  // A participle is followed by a preposition or a stop ("outlined in"); a finite verb by its object ("promised to").
  const next = r.tokens[te + 1];
  return !next || !next.word || PARTICIPLE_NEXT.test(next.lower);
}

const PARTICIPLE_NEXT = /^(?:in|at|on|during|under|last|earlier|since|for|with|from|over|after|before|as|into|within|so|far)$/;

/** "Zelensky has firmly rejected": a name right before the verb, over auxiliaries and adverbs. */
export function hasOwnSubject(r: SentenceReading, ti: number): boolean {
  let k = ti - 1;
  while (k >= 0 && (AUX.test(r.tokens[k]!.lower) || /ly$/.test(r.tokens[k]!.lower))) k--;
  const t = r.tokens[k];
  return !!t && r.agents.some((a) => a.end === t.end && !a.possessive);
}

/** A verb that hands over the noun at `ti` sits a few words before it in the clause. */
export function handedOver(r: SentenceReading, ti: number, clause: number, handing: Hit<true>[]): boolean {
  return handing.some((h) => {
    const hi = tokenOf(r, h.start);
    return hi < ti && ti - hi <= 6 && r.clauses.of[hi] === clause;
  });
}

/** A modal used as one: not a noun ("the need to"), and "requires" with "to" after its object. */
export function modalHere(r: SentenceReading, ti: number, te: number, needsTo: boolean): boolean {
  const prev = r.tokens[ti - 1]?.lower ?? '';
  if (/^(?:the|a|an|its|their|his|her|our|this|that)$/.test(prev)) return false;
  if (!needsTo) return true;
  for (let k = te + 1; k <= te + 5 && k < r.tokens.length; k++) if (r.tokens[k]!.lower === 'to') return k > te + 1;
  return false;
}

/** "The US has rejected the plan" vs "unveiled a 20-point draft": a plan or draft right after the cue. */
export function namesDocument(r: SentenceReading, ti: number, te: number, documents: Set<string>): boolean {
  if (documents.has(r.tokens[te]!.lower)) return true;
  for (let k = te + 1; k <= te + 6 && k < r.tokens.length; k++) {
    const w = r.tokens[k]!.lower;
    if (documents.has(w)) return true;
    if (!r.tokens[k]!.word) return false;
  }
  return r.tokens[ti - 1] !== undefined && documents.has(r.tokens[ti - 1]!.lower) && r.tokens[te + 1]?.lower === 'by';
}

/** "... three issues: the territories, ...": a clause that ends in a colon goes on with the list after it. */
export function withList(r: SentenceReading, scope: number[]): number[] {
  const after = (scope.at(-1) ?? -2) + 1;
  if (r.tokens[after]?.lower !== ':') return scope;
  return [...scope, ...clauseRange(r, after + 1, r.tokens.length - 1, r.clauses.of[after + 1] ?? -1)];
}

/** "a concession Zelensky has firmly rejected": the object stands before the subject. */
export function frontedObject(r: SentenceReading, kind: string, holder: Holder | null): boolean {
  if (kind !== 'verb' || !holder || holder.basis !== 'subject') return false;
  const si = tokenOf(r, holder.agents[0]!.start);
  for (let k = si - 1; k >= si - 6 && k >= 0; k--) {
    const t = r.tokens[k]!;
    if (!t.word) return false;
    if (/^(?:concession|concessions|demand|demands|proposal|proposals|plan|idea|offer|option|terms|condition|conditions|step|move)$/.test(t.lower)) return true;
    if (!t.cap && !/^(?:mr|mrs|ms|the|president|leader|minister)$/.test(t.lower)) return false;
  }
  return false;
}

/** "..., while Ukraine seeks 30-50 years": a contrast clause answers the issue of the clause before it. */
export const contrast = (r: SentenceReading, clauseStart: number): boolean => /^(?:while|whereas)$/.test(r.tokens[clauseStart]?.lower ?? '');

/** "Security guarantees remain unresolved: Kyiv wants commitments ...": a clause after a colon elaborates the one before. */
export const afterColon = (r: SentenceReading, clauseStart: number): boolean => r.tokens[clauseStart - 1]?.lower === ':';

/** "a plan proposed by the United States": the name after "by". */
export function passiveAgent(r: SentenceReading, te: number): Holder | null {
  if (r.tokens[te + 1]?.lower !== 'by') return null;
  const at = r.tokens[te + 2]?.lower === 'the' ? te + 3 : te + 2;
  const a = r.agents.find((g) => g.start === r.tokens[at]?.start);
  // "as proposed by Kyiv and the Europeans": every name of the list.
  return a ? { agents: withCoordinatedAfter(r, a), basis: 'by' } : null;
}

