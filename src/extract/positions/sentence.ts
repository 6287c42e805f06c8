import type { Span } from '../../core/span.js';
import type { Stance } from '../../core/records.js';
import type { Agent } from '../reading/agents.js';
import type { Hit, PhraseHits } from '../reading/phrases.js';
import type { SentenceReading } from '../reading/read.js';
import type { CueKind, CueValue, StanceChannels, StanceCues } from './cues.js';
import { documentSubject } from './document.js';
import { ownerOf, speechCovering, subjectOf, withCoordinated, type Holder, type HolderContext } from './holder.js';
import { clauseBefore, clauseRange, issuesBefore, issuesIn, pointsBack } from './scope.js';
import { inCompound, precededByCoordinator, readsAsNoun, tokenOf } from './words.js';
import { conditionDemands } from './conditions.js';
import { describesPlan, trackPlans, type PlanContext } from './plan.js';
import { contrast, frontedObject, handedOver, hasOwnSubject, modalHere, namesDocument, passiveAgent, reducedRelative, withList } from './grammar.js';

/** A position found in one sentence, before it becomes a record. */
export interface PositionDraft {
  holder: Agent;
  issue: string;
  stance: Stance;
  kind: CueKind | 'document';
  basis: Holder['basis'];
  cue: Span;
  /** What the cue governs: the source of the summary. */
  reach: Span;
  speaker: Agent | null;
  hedged: boolean;
  conditional: boolean;
}

/** What carries from one sentence to the next: who last put a plan forward ("It provided for ..."). */
export interface DocState {
  plan: PlanContext;
  lastProposer: Agent | null;
  /** Who put forward the last plan or draft named as such ("unveiled a 20-point draft"). */
  lastDocumentOwner: Agent | null;
  lastIssues: Hit<string>[];
}

export interface SentenceContext {
  text: string;
  /** The sentence's hits of every stance phrase list. */
  hits: PhraseHits<StanceChannels>;
  cues: StanceCues;
  holders: HolderContext;
}

type CueHit = Hit<CueValue | { stance: 'propose'; kind: 'docverb' }>;

/** A cue after reading its surroundings: its kind settled, its stance after negation, its holder. */
interface Reading {
  hit: CueHit;
  ti: number;
  te: number;
  clause: number;
  kind: CueKind | 'document';
  stance: Stance;
  holder: Holder | null;
}

/** Finds the cues of a sentence: stance words, plus verbs that make a plan propose ("the draft calls for"). */
function findCues(r: SentenceReading, ctx: SentenceContext): { hits: CueHit[]; docVerbs: Span[] } {
  const hits: CueHit[] = ctx.hits.cues.filter((h) => !inCompound(ctx.text, h.start));
  const docVerbs: Span[] = [];
  for (const d of ctx.hits.documentVerbs) {
    docVerbs.push(d);
    if (!hits.some((h) => h.start < d.end && d.start < h.end)) hits.push({ ...d, value: { stance: 'propose', kind: 'docverb' } });
  }
  return { hits: hits.sort((a, b) => a.start - b.start), docVerbs };
}

export function positionsInSentence(r: SentenceReading, ctx: SentenceContext, state: DocState): PositionDraft[] {
  const { text, cues } = ctx;
  const toks = r.tokens;
  const verbNegs = ctx.hits.negators;
  const nounNegs = [...verbNegs, ...ctx.hits.nounNegators];
  const hedges = ctx.hits.hedges;
  const { hits, docVerbs } = findCues(r, ctx);
  const inCondition = (s: Span) => r.conditions.some((c) => c.start <= s.start && s.end <= c.end);
  const near = (list: Hit<true>[], ti: number, clause: number, width: number) =>
    list.some((n) => n.end <= toks[ti]!.start && ti - tokenOf(r, n.end) <= width && r.clauses.of[tokenOf(r, n.start)] === clause);

  trackPlans(r, cues.documents, ctx.holders, state.plan);
  const readings: Reading[] = [];
  // The clause of the last demand or proposal: verbs after it in that clause are its content.
  let open: number | null = null;
  for (const hit of hits) {
    const ti = tokenOf(r, hit.start);
    const te = Math.max(ti, tokenOf(r, hit.end) - 1);
    const clause = r.clauses.of[ti]!;
    if (inCondition(hit)) continue;
    let kind: CueKind | 'docverb' | 'document' = hit.value.kind;
    if ('nounOrVerb' in hit.value && hit.value.nounOrVerb && !readsAsNoun(r, ti, ctx.holders.demonyms)) kind = 'verb';
    // "Washington's suggested arrangement": a verb form owned like a noun.
    const owned = kind === 'verb' && r.agents.some((a) => a.possessive && tokenOf(r, a.start) === ti - 1);
    if (owned) kind = 'noun';
    let stance: Stance | null = hit.value.stance;
    const negated = near(kind === 'noun' ? nounNegs : verbNegs, ti, clause, 3);
    if (kind === 'yield' || kind === 'holdout') {
      if (!negated) continue;
      kind = 'verb';
    } else if (negated && kind !== 'docverb') stance = cues.negated(stance);
    if (!stance) continue;

    if (kind === 'modal' && !modalHere(r, ti, te, 'needsTo' in hit.value && !!hit.value.needsTo)) continue;
    const doc = docVerbs.some((d) => d.start < hit.end && hit.start < d.end) ? documentSubject(r, ti, cues.documents, ctx.holders, state) : undefined;
    const verbish = kind !== 'noun' && kind !== 'predicate';
    // "issues outlined in a proposal": a participle after a plain noun has no holder of its own.
    if (kind === 'verb' && doc === undefined && reducedRelative(r, ti, te)) continue;
    // A verb in the content of a demand or proposal of its clause is part of it, unless it has its own subject.
    if (verbish && doc === undefined && open === clause && !precededByCoordinator(r, ti) && (kind === 'modal' || !hasOwnSubject(r, ti))) continue;

    let holder: Holder | null = null;
    if (doc !== undefined) {
      if (!doc) continue;
      [holder, kind, stance] = [doc, 'document', 'propose'];
    } else if (kind === 'docverb') continue;
    else if (kind === 'noun') {
      const owner = ownerOf(r, ti, te, ctx.holders);
      if (owner === 'in-phrase') continue;
      // A bare noun is a position only as the object of a verb that hands it over ("relayed proposals").
      if (owner === 'bare' && !handedOver(r, ti, clause, ctx.hits.handing)) continue;
      holder = owner === 'bare' ? subjectOf(r, ti, ctx.holders) : owner;
    } else if (kind === 'modal' || kind === 'predicate') {
      const sp = speechCovering(r, hit.start);
      if (sp?.speaker) holder = { agents: r.agents.includes(sp.speaker) ? withCoordinated(r, sp.speaker) : [sp.speaker], basis: 'speaker' };
    } else holder = passiveAgent(r, te) ?? subjectOf(r, ti, ctx.holders);

    // "Putin and the US envoys failed to agree": an agreement between sides is a status, not a stance.
    if (hit.value.stance === 'accept' && holder && new Set(holder.agents.map((a) => a.side)).size > 1) holder = null;
    // "have accepted that the front line is moving": acknowledging a fact, not accepting terms.
    if (hit.value.stance === 'accept' && kind === 'verb' && toks[te + 1]?.lower === 'that') holder = null;
    if (verbish || ((stance === 'demand' || stance === 'propose') && holder)) open = clause;
    if (stance === 'propose' && holder) {
      state.lastProposer = holder.agents[0]!;
      if (namesDocument(r, ti, te, cues.documents)) {
        state.lastDocumentOwner = holder.agents[0]!;
        state.plan = { owner: holder.agents[0]!, at: r.index };
      }
    }
    readings.push({ hit, ti, te, clause, kind: kind as CueKind | 'document', stance, holder });
  }

  const out: PositionDraft[] = [];
  const emit = (d: Omit<PositionDraft, 'holder' | 'issue'>, agents: Agent[], issues: Hit<string>[]) => {
    for (const holder of agents) for (const issue of new Set(issues.map((h) => h.value))) out.push({ ...d, holder, issue });
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
      if (back === 'previous') issues = issuesBefore(r, c.ti).length || c.kind === 'noun' ? issuesBefore(r, c.ti) : state.lastIssues;
      // "a temporary ceasefire, as proposed by Kyiv": the passive's object stands before it.
      else if (back === 'sentence' || frontedObject(r, c.kind, c.holder) || contrast(r, clauseStart) || c.holder.basis === 'by') issues = issuesBefore(r, c.ti);
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
function cutAtNextCue(reach: number[], readings: Reading[], i: number, toks: SentenceReading['tokens']): number[] {
  const c = readings[i]!;
  const through = (c.stance === 'reject' || c.stance === 'accept') && c.kind !== 'noun';
  const next = readings.slice(i + 1).find((o) => o.holder && !(through && o.kind === 'noun'));
  return next ? reach.filter((k) => toks[k]!.end <= next.hit.start) : reach;
}
