import type { Hit } from '../reading/phrases.js';
import type { SentenceReading } from '../reading/read.js';
import { speechCovering, subjectOf, withCoordinated, type Holder, type HolderContext } from './holder.js';
import { issuesIn } from './scope.js';
import { tokenOf } from './words.js';

export interface ConditionDemand {
  holder: Holder;
  hit: Hit<unknown>;
  /** Tokens of the condition: what is demanded. */
  scope: number[];
}

/**
 * Conditions that state a demand: "will not sign an agreement unless Ukraine withdraws from the Donbas",
 * "there can be no settlement without the withdrawal of Ukrainian forces", "a step that could only be taken after
 * a referendum". The holder is the speaker of the sentence, else the subject before the condition.
 */
export function conditionDemands(
  r: SentenceReading,
  hits: Hit<'negated' | 'afterOnly' | 'plain'>[],
  negators: Hit<true>[],
  holders: HolderContext,
): ConditionDemand[] {
  const out: ConditionDemand[] = [];
  for (const hit of hits) {
    const ti = tokenOf(r, hit.start);
    const te = Math.max(ti, tokenOf(r, hit.end) - 1);
    const clause = r.clauses.of[ti]!;
    if (hit.value === 'negated' && !negators.some((n) => !(hit.start <= n.start && n.start < conditionEnd(r, te)))) continue;
    if (hit.value === 'afterOnly' && !onlyBefore(r, ti, clause)) continue;
    const scope: number[] = [];
    for (let k = te + 1, end = conditionEnd(r, te); k < r.tokens.length && r.tokens[k]!.start < end; k++) scope.push(k);
    if (!issuesIn(r, scope, { keepConditions: true }).length) continue;
    const speech = speechCovering(r, hit.start);
    const holder: Holder | null = speech?.speaker
      ? { agents: r.agents.includes(speech.speaker) ? withCoordinated(r, speech.speaker) : [speech.speaker], basis: 'speaker' }
      : subjectOf(r, ti, holders);
    if (holder) out.push({ holder, hit, scope });
  }
  return out;
}

/** A condition runs to the next comma, semicolon or the end of the sentence. */
function conditionEnd(r: SentenceReading, te: number): number {
  let k = te + 1;
  while (k < r.tokens.length && !/^[,;:—–]$/.test(r.tokens[k]!.lower)) k++;
  return r.tokens[Math.min(k, r.tokens.length - 1)]!.start;
}

/** "would only travel to Davos if", "could only be taken after": "only" earlier in the clause. */
function onlyBefore(r: SentenceReading, ti: number, clause: number): boolean {
  for (let k = ti - 1; k >= 0 && k >= ti - 8; k--) {
    if (r.clauses.of[k] !== clause) return false;
    if (r.tokens[k]!.lower === 'only') return true;
  }
  return false;
}
