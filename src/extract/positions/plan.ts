import type { Agent } from '../reading/agents.js';
import type { Hit } from '../reading/phrases.js';
import type { SentenceReading } from '../reading/read.js';
import { ownerOf, type HolderContext } from './holder.js';

/** The plan being described: who put it forward and in which sentence it was last named or described. */
export interface PlanContext {
  owner: Agent | null;
  at: number;
}

/** Document nouns of the sentence with a named owner ("a 28-point U.S. plan", "Kyiv's draft") set the plan. */
export function trackPlans(r: SentenceReading, documents: Set<string>, holders: HolderContext, plan: PlanContext): void {
  r.tokens.forEach((t, k) => {
    if (!documents.has(t.lower)) return;
    const owner = ownerOf(r, k, k, holders);
    const author = owner && typeof owner === 'object' ? owner.agents[0]! : authorAfter(r, k);
    if (author) [plan.owner, plan.at] = [author, r.index];
    // Naming the plan again ("WHAT THE PLAN SAYS") keeps its description going.
    else if (plan.owner) plan.at = r.index;
  });
}

/** "The document was drafted by special envoy Steve Witkoff": the name after a participle and "by". */
function authorAfter(r: SentenceReading, k: number): Agent | null {
  for (let j = k + 1; j <= k + 4 && j < r.tokens.length - 1; j++) {
    const t = r.tokens[j]!;
    if (!t.word) return null;
    if (t.lower === 'by') {
      const next = r.tokens[j + 1]!;
      return r.agents.find((a) => a.start >= next.start && a.start <= next.start + 40 && r.tokens.indexOf(next) <= j + 4) ?? null;
    }
  }
  return null;
}

/**
 * A sentence soon after a plan is named that speaks in the conditional ("The draft would have Ukraine withdraw",
 * "Ukraine's armed forces would be capped at 600,000") or opens with "Under the plan" describes the plan: its
 * owner proposes every issue it names.
 */
export function describesPlan(r: SentenceReading, plan: PlanContext, opts: { modals: Set<string>; reach: number; openers: Hit<true>[] }): boolean {
  if (!plan.owner || r.index - plan.at > opts.reach) return false;
  if (opts.openers.some((o) => o.start === r.span.start || o.start === r.tokens[1]?.start)) return true;
  const quoted = (start: number) => r.quoted.some((q) => q.start <= start && start < q.end);
  const inCondition = (start: number) => r.conditions.some((c) => c.start <= start && start < c.end);
  // The conditional must be the sentence's own, not in an aside or in someone's words ("they said it would").
  return r.tokens.some(
    (t, k) =>
      opts.modals.has(t.lower) &&
      !quoted(t.start) &&
      !inCondition(t.start) &&
      !r.clauses.asides.has(r.clauses.of[k]!) &&
      // "a compromise that would require both sides ...": a relative clause, not the sentence's own verb.
      !/^(?:that|which|who)$/.test(r.tokens[k - 1]?.lower ?? '') &&
      !r.reporting.some((c) => c.start < t.start),
  );
}
