import type { Agent } from '../reading/agents.js';
import type { Hit } from '../reading/phrases.js';
import type { SentenceReading } from '../reading/read.js';
import { conditionDemands } from './conditions.js';
import { afterColon, contrast, frontedObject, withList } from './grammar.js';
import { speechCovering } from './holder.js';
import { describesPlan, trackPlans } from './plan.js';
import { readCues } from './readCues.js';
import { clauseBefore, clauseRange, issuesBefore, issuesIn, pointsBack } from './scope.js';
import type { CueReading, DocState, PositionDraft, SentenceContext } from './types.js';
import { tokenOf } from './words.js';
import { extend } from '../../core/extend.js';

export type { DocState, PositionDraft, SentenceContext } from './types.js';

/**
 * The positions of one sentence: each stance cue with a holder, over the issue words it governs; demands stated
 * as conditions; and, right after a plan is named, the plan's content proposed by its author.
 */
export function positionsInSentence(r: SentenceReading, ctx: SentenceContext, state: DocState): PositionDraft[] {
  const { cues } = ctx;
  const toks = r.tokens;
  const hedges = ctx.hits.hedges;
  const inCondition = (s: { start: number; end: number }) => r.conditions.some((c) => c.start <= s.start && s.end <= c.end);
  const near = (list: Hit<true>[], ti: number, clause: number, width: number) =>
    list.some((n) => n.end <= toks[ti]!.start && ti - tokenOf(r, n.end) <= width && r.clauses.of[tokenOf(r, n.start)] === clause);
  trackPlans(r, cues.documents, ctx.holders, state.plan);
  const readings = readCues(r, ctx, state);

  const out: PositionDraft[] = [];
  const emit = (d: Omit<PositionDraft, 'holder' | 'issue'>, agents: Agent[], issues: Hit<string>[]) => {
    for (const holder of agents) {
      // The parties to a negotiation hold positions; an analyst or a resident found only in the text does not.
      if (holder.side === 'other' && holder.unknown) continue;
      for (const issue of new Set(issues.map((h) => h.value))) out.push(extend(d, { holder, issue }));
    }
  };
  const conditional = (clause: number) => r.conditions.some((k) => r.clauses.of[tokenOf(r, k.start)] === clause);
  for (const d of conditionDemands(r, ctx.hits.conditions, [...ctx.hits.negators, ...ctx.hits.nounNegators], ctx.holders)) {
    const last = d.scope.at(-1)!;
    emit(
      {
        stance: 'demand', kind: 'condition', basis: d.holder.basis, cue: { start: d.hit.start, end: d.hit.end },
        reach: { start: d.hit.start, end: toks[last]!.end }, speaker: speechCovering(r, d.hit.start)?.speaker ?? null,
        hedged: false, conditional: false,
      },
      d.holder.agents,
      issuesIn(r, d.scope, { keepConditions: true }),
    );
  }
  readings.forEach((c, i) => {
    if (!c.holder) return;
    const reach = c.kind === 'predicate' ? clauseBefore(r, c.ti, c.clause) : withList(r, clauseRange(r, c.te + 1, toks.length - 1, c.clause));
    const scope = c.kind === 'predicate' ? reach : cutAtNextCue(reach, readings, i, toks);
    let issues = issuesIn(r, scope);
    const clauseStart = clauseBefore(r, c.ti, c.clause)[0] ?? c.ti;
    if (!issues.length) {
      const back = pointsBack(r, scope, clauseStart);
      // Only a verb's object points into the sentence before ("did not accept the second option").
      // A sentence with a condition of its own points into itself ("If this format helps ..., we will support it").
      const inside = issuesBefore(r, c.ti).length || c.kind === 'noun' || r.conditions.length > 0;
      if (back === 'previous') issues = inside ? issuesBefore(r, c.ti) : state.lastIssues;
      // "a temporary ceasefire, as proposed by Kyiv": the passive's object stands before it.
      else if (back === 'sentence' || frontedObject(r, c.kind, c.holder) || contrast(r, clauseStart) || c.holder.basis === 'by' || afterColon(r, clauseStart))
        issues = issuesBefore(r, c.ti);
    }
    if (!issues.length) return;
    const first = scope[0] ?? c.ti;
    const last = scope.at(-1) ?? c.te;
    const reachSpan = c.kind === 'predicate' ? { start: toks[first]!.start, end: c.hit.end } : { start: c.hit.start, end: toks[last]!.end };
    emit(
      {
        stance: c.stance, kind: c.kind, basis: c.holder.basis, cue: { start: c.hit.start, end: c.hit.end }, reach: reachSpan,
        speaker: speechCovering(r, c.hit.start)?.speaker ?? null, hedged: near(hedges, c.ti, c.clause, 4), conditional: conditional(c.clause),
      },
      c.holder.agents,
      issues,
    );
  });
  // A sentence describing the plan just named: its owner proposes what it says.
  const own = r.issues.filter((h) => !inCondition(h));
  if (!out.length && own.length && describesPlan(r, state.plan, { modals: cues.planModals, reach: cues.planReach, openers: ctx.hits.planOpeners })) {
    emit(
      {
        stance: 'propose', kind: 'plan', basis: 'document', cue: { start: r.span.start, end: r.span.start }, reach: r.span,
        speaker: r.speech[0]?.speaker ?? null, hedged: false, conditional: r.conditions.length > 0,
      },
      [state.plan.owner!],
      own,
    );
    state.plan.at = r.index;
  }
  if (own.length) state.lastIssues = own;
  return out;
}

/**
 * A cue governs the words after it up to the next cue that has a holder of its own. Verbs of rejecting or
 * accepting reach through a noun cue ("rejected Moscow's demand that ..."): its content is what they reject.
 * Skipped verbs (the content of a demand) never cut a scope.
 */
function cutAtNextCue(reach: number[], readings: CueReading[], i: number, toks: SentenceReading['tokens']): number[] {
  const c = readings[i]!;
  const through = (c.stance === 'reject' || c.stance === 'accept') && c.kind !== 'noun';
  const next = readings.slice(i + 1).find((o) => o.holder && !(through && o.kind === 'noun'));
  return next ? reach.filter((k) => toks[k]!.end <= next.hit.start) : reach;
}

