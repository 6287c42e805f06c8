import type { Span } from '../../core/span.js';
import type { Stance } from '../../core/records.js';
import type { Agent } from '../reading/agents.js';
import type { Hit, PhraseHits } from '../reading/phrases.js';
import type { SentenceReading } from '../reading/read.js';
import type { CueKind, CueValue, StanceChannels, StanceCues } from './cues.js';
import { documentSubject } from './document.js';
import { ownerOf, speechCovering, subjectOf, withCoordinated, type Holder, type HolderContext } from './holder.js';
import { clauseBefore, clauseRange, issuesBefore, issuesIn, pointsBack } from './scope.js';
import { AUX, inCompound, precededByCoordinator, readsAsNoun, tokenOf } from './words.js';

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

    if (verbish || ((stance === 'demand' || stance === 'propose') && holder)) open = clause;
    if (stance === 'propose' && holder) {
      state.lastProposer = holder.agents[0]!;
      if (namesDocument(r, ti, te, cues.documents)) state.lastDocumentOwner = holder.agents[0]!;
    }
    readings.push({ hit, ti, te, clause, kind: kind as CueKind | 'document', stance, holder });
  }

  const out: PositionDraft[] = [];
  readings.forEach((c, i) => {
    if (!c.holder) return;
    const reach = c.kind === 'predicate' ? clauseBefore(r, c.ti, c.clause) : withList(r, clauseRange(r, c.te + 1, toks.length - 1, c.clause));
    const scope = c.kind === 'predicate' ? reach : cutAtNextCue(reach, readings, i, toks);
    let issues = issuesIn(r, scope);
    const clauseStart = clauseBefore(r, c.ti, c.clause)[0] ?? c.ti;
    if (!issues.length) {
      const back = pointsBack(r, scope, clauseStart);
      if (back === 'previous') issues = issuesBefore(r, c.ti).length ? issuesBefore(r, c.ti) : state.lastIssues;
      else if (back === 'sentence' || frontedObject(r, c) || contrast(r, clauseStart)) issues = issuesBefore(r, c.ti);
    }
    if (!issues.length) return;
    const first = scope[0] ?? c.ti;
    const last = scope.at(-1) ?? c.te;
    const reachSpan = c.kind === 'predicate' ? { start: toks[first]!.start, end: c.hit.end } : { start: c.hit.start, end: toks[last]!.end };
    const speech = speechCovering(r, c.hit.start);
    const hedged = near(hedges, c.ti, c.clause, 4);
    const conditional = r.conditions.some((k) => r.clauses.of[tokenOf(r, k.start)] === c.clause);
    for (const agent of c.holder.agents)
      for (const issue of new Set(issues.map((h) => h.value)))
        out.push({
          holder: agent,
          issue,
          stance: c.stance,
          kind: c.kind,
          basis: c.holder.basis,
          cue: { start: c.hit.start, end: c.hit.end },
          reach: reachSpan,
          speaker: speech?.speaker ?? null,
          hedged,
          conditional,
        });
  });
  const own = r.issues.filter((h) => !inCondition(h));
  if (own.length) state.lastIssues = own;
  return out;
}

/** "issues outlined in a 20-point proposal": an -ed cue right after a plain noun, with no "by" after it. */
function reducedRelative(r: SentenceReading, ti: number, te: number): boolean {
  const t = r.tokens[ti]!;
  const prev = r.tokens[ti - 1];
  if (!/ed$/.test(t.lower) || !prev || !prev.word || prev.cap) return false;
  if (AUX.test(prev.lower) || /ly$/.test(prev.lower) || /^(?:and|or|but|that|who|which|it|they|he|she|we|i)$/.test(prev.lower)) return false;
  if (r.agents.some((a) => a.end === prev.end)) return false;
  return r.tokens[te + 1]?.lower !== 'by';
}

/** "Zelensky has firmly rejected": a name right before the verb, over auxiliaries and adverbs. */
function hasOwnSubject(r: SentenceReading, ti: number): boolean {
  let k = ti - 1;
  while (k >= 0 && (AUX.test(r.tokens[k]!.lower) || /ly$/.test(r.tokens[k]!.lower))) k--;
  const t = r.tokens[k];
  return !!t && r.agents.some((a) => a.end === t.end && !a.possessive);
}

/** A verb that hands over the noun at `ti` sits a few words before it in the clause. */
function handedOver(r: SentenceReading, ti: number, clause: number, handing: Hit<true>[]): boolean {
  return handing.some((h) => {
    const hi = tokenOf(r, h.start);
    return hi < ti && ti - hi <= 6 && r.clauses.of[hi] === clause;
  });
}

/** A modal used as one: not a noun ("the need to"), and "requires" with "to" after its object. */
function modalHere(r: SentenceReading, ti: number, te: number, needsTo: boolean): boolean {
  const prev = r.tokens[ti - 1]?.lower ?? '';
  if (/^(?:the|a|an|its|their|his|her|our|this|that)$/.test(prev)) return false;
  if (!needsTo) return true;
  for (let k = te + 1; k <= te + 5 && k < r.tokens.length; k++) if (r.tokens[k]!.lower === 'to') return k > te + 1;
  return false;
}

/** "The US has rejected the plan" vs "unveiled a 20-point draft": a plan or draft right after the cue. */
function namesDocument(r: SentenceReading, ti: number, te: number, documents: Set<string>): boolean {
  if (documents.has(r.tokens[te]!.lower)) return true;
  for (let k = te + 1; k <= te + 6 && k < r.tokens.length; k++) {
    const w = r.tokens[k]!.lower;
    if (documents.has(w)) return true;
    if (!r.tokens[k]!.word) return false;
  }
  return r.tokens[ti - 1] !== undefined && documents.has(r.tokens[ti - 1]!.lower) && r.tokens[te + 1]?.lower === 'by';
}

/** "... three issues: the territories, ...": a clause that ends in a colon goes on with the list after it. */
function withList(r: SentenceReading, scope: number[]): number[] {
  const after = (scope.at(-1) ?? -2) + 1;
  if (r.tokens[after]?.lower !== ':') return scope;
  return [...scope, ...clauseRange(r, after + 1, r.tokens.length - 1, r.clauses.of[after + 1] ?? -1)];
}

/** "a concession Zelensky has firmly rejected": the object stands before the subject. */
function frontedObject(r: SentenceReading, c: Reading): boolean {
  if (c.kind !== 'verb' || !c.holder || c.holder.basis !== 'subject') return false;
  const si = tokenOf(r, c.holder.agents[0]!.start);
  for (let k = si - 1; k >= si - 6 && k >= 0; k--) {
    const t = r.tokens[k]!;
    if (!t.word) return false;
    if (/^(?:concession|concessions|demand|demands|proposal|proposals|plan|idea|offer|option|terms|condition|conditions|step|move)$/.test(t.lower)) return true;
    if (!t.cap && !/^(?:mr|mrs|ms|the|president|leader|minister)$/.test(t.lower)) return false;
  }
  return false;
}

/** "..., while Ukraine seeks 30-50 years": a contrast clause answers the issue of the clause before it. */
const contrast = (r: SentenceReading, clauseStart: number): boolean => /^(?:while|whereas)$/.test(r.tokens[clauseStart]?.lower ?? '');

/** "a plan proposed by the United States": the name after "by". */
function passiveAgent(r: SentenceReading, te: number): Holder | null {
  if (r.tokens[te + 1]?.lower !== 'by') return null;
  const at = r.tokens[te + 2]?.lower === 'the' ? te + 3 : te + 2;
  const a = r.agents.find((g) => g.start === r.tokens[at]?.start);
  return a ? { agents: [a], basis: 'by' } : null;
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
