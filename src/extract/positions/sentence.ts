import type { Span } from '../../core/span.js';
import type { Stance } from '../../core/records.js';
import type { Agent } from '../reading/agents.js';
import type { Hit } from '../reading/phrases.js';
import type { SentenceReading } from '../reading/read.js';
import { tokenAt } from '../reading/tokens.js';
import type { CueKind, StanceCues } from './cues.js';
import { ownerOf, speechCovering, subjectOf, type Holder, type HolderContext } from './holder.js';
import { clauseBefore, clauseRange, hasAnaphor, issuesBefore, issuesIn } from './scope.js';

/** A position found in one sentence, before it becomes a record. */
export interface PositionDraft {
  holder: Agent;
  issue: string;
  stance: Stance;
  kind: CueKind | 'document';
  basis: Holder['basis'];
  cue: Span;
  /** From the cue to the end of what it governs: the source of the summary. */
  reach: Span;
  speaker: Agent | null;
  hedged: boolean;
  conditional: boolean;
}

/** What carries from one sentence to the next: who last put a plan forward ("It provided for ..."). */
export interface DocState {
  lastProposer: Agent | null;
  lastIssues: Hit<string>[];
}

export interface SentenceContext {
  text: string;
  cues: StanceCues;
  holders: HolderContext;
}

/** Auxiliaries and adverbs between a subject and its verb, skipped when looking for "and"/"but" before a verb. */
const AUX = /^(?:is|are|was|were|be|been|being|has|have|had|will|would|could|can|may|might|shall|should|also|still|now|firmly|flatly|again|repeatedly|already|consistently|openly|publicly|reportedly|previously|so|far|long|then|not|never|instead|do|does|did|strongly|effectively)$/;

const DOC_SUBJECT_SKIP = /^(?:also|reportedly|would|still|now|further|explicitly|apparently|itself|already|only|merely|effectively|then|reportedly|,)$/;

type Cue = Hit<{ stance: Stance; kind: CueKind | 'docverb' }>;

export function positionsInSentence(r: SentenceReading, ctx: SentenceContext, state: DocState): PositionDraft[] {
  const { text, cues } = ctx;
  const toks = r.tokens;
  const negs = cues.negators(text, r.span);
  const hedges = cues.hedges(text, r.span);
  const docVerbs = cues.documentVerbs(text, r.span);
  const hits: Cue[] = cues.find(text, r.span);
  for (const d of docVerbs)
    if (!hits.some((h) => h.start < d.end && d.start < h.end)) hits.push({ ...d, value: { stance: 'propose', kind: 'docverb' } });
  hits.sort((a, b) => a.start - b.start);

  const out: PositionDraft[] = [];
  const inCondition = (s: Span) => r.conditions.some((c) => c.start <= s.start && s.end <= c.end);
  let open: { clause: number } | null = null;

  for (const h of hits) {
    const ti = tokenAt(toks, h.start);
    const te = Math.max(ti, tokenAt(toks, h.end) - 1);
    const clause = r.clauses.of[ti]!;
    if (inCondition(h)) continue;
    let kind: CueKind | 'docverb' | 'document' = h.value.kind;
    let stance: Stance | null = h.value.stance;
    const negated = negs.some((n) => n.end <= h.start && tokenAt(toks, h.start) - tokenAt(toks, n.end) <= 3 && r.clauses.of[tokenAt(toks, n.start)] === clause);
    if (kind === 'yield' || kind === 'holdout') {
      if (!negated) continue;
    } else if (negated && kind !== 'docverb') stance = cues.negated(stance);
    if (!stance) continue;

    const verbish = kind !== 'noun' && kind !== 'predicate';
    const coordinated = verbish && precededByCoordinator(r, ti);
    // A verb inside what an earlier verb of the clause demands or proposes is its content, not a new position.
    if (verbish && open && open.clause === clause && !coordinated) continue;

    // Who holds it.
    let holder: Holder | null = null;
    const docOwner = docVerbs.some((d) => d.start === h.start) ? documentSubject(r, ti, ctx, state) : undefined;
    if (docOwner !== undefined) {
      if (!docOwner) continue;
      holder = docOwner;
      kind = 'document';
      stance = 'propose';
    } else if (kind === 'docverb') continue;
    else if (kind === 'noun') {
      const owner = ownerOf(r, ti, te, ctx.holders);
      if (owner === 'in-phrase') continue;
      holder = owner === 'bare' ? subjectOf(r, ti, ctx.holders) : owner;
    } else if (kind === 'modal' || kind === 'predicate') {
      const sp = speechCovering(r, h.start);
      if (sp?.speaker) holder = { agents: [sp.speaker], basis: 'speaker' };
    } else {
      holder = passiveAgent(r, te) ?? subjectOf(r, ti, ctx.holders);
    }
    if (verbish) open = { clause };
    if (!holder) continue;

    // What it is about.
    const reach = kind === 'predicate' ? clauseBefore(r, ti, clause) : clauseRange(r, te + 1, toks.length - 1, clause);
    const scope = kind === 'predicate' ? reach : cutAtNextCue(r, reach, hits, h, stance);
    let issues = issuesIn(r, scope);
    if (!issues.length && hasAnaphor(r, scope)) issues = issuesBefore(r, ti).length ? issuesBefore(r, ti) : state.lastIssues;
    if (stance === 'propose') state.lastProposer = holder.agents[0]!;
    if (!issues.length) continue;

    const first = scope[0] ?? ti;
    const last = scope.at(-1) ?? te;
    const span = kind === 'predicate' ? { start: toks[first]!.start, end: h.end } : { start: h.start, end: toks[last]!.end };
    const speech = speechCovering(r, h.start);
    const hedged = hedges.some((g) => g.end <= h.start && ti - tokenAt(toks, g.start) <= 4 && r.clauses.of[tokenAt(toks, g.start)] === clause);
    const conditional = r.conditions.some((c) => r.clauses.of[tokenAt(toks, c.start)] === clause);
    for (const agent of holder.agents)
      for (const issue of new Set(issues.map((i) => i.value)))
        out.push({
          holder: agent,
          issue,
          stance,
          kind: kind as CueKind | 'document',
          basis: holder.basis,
          cue: { start: h.start, end: h.end },
          reach: span,
          speaker: speech?.speaker ?? null,
          hedged,
          conditional,
        });
  }
  const own = r.issues.filter((i) => !inCondition(i));
  if (own.length) state.lastIssues = own;
  return out;
}

/** "and is pushing back": a second verb of the same subject, not the content of the first. */
function precededByCoordinator(r: SentenceReading, ti: number): boolean {
  for (let k = ti - 1; k >= 0 && k >= ti - 4; k--) {
    const w = r.tokens[k]!.lower;
    if (w === 'and' || w === 'or' || w === 'but') return true;
    if (!AUX.test(w)) return false;
  }
  return false;
}

/** "a plan proposed by the United States": the name after "by". */
function passiveAgent(r: SentenceReading, te: number): Holder | null {
  const by = r.tokens[te + 1]?.lower;
  if (by !== 'by') return null;
  const at = r.tokens[te + 2]?.lower === 'the' ? te + 3 : te + 2;
  const a = r.agents.find((g) => g.start === r.tokens[at]?.start);
  return a ? { agents: [a], basis: 'by' } : null;
}

/**
 * When the subject of a verb like "calls for" or "provided for" is a plan or draft, the plan's owner proposes
 * what follows. Returns undefined when the subject is not a document, null when its owner is unknown.
 */
function documentSubject(r: SentenceReading, ti: number, ctx: SentenceContext, state: DocState): Holder | null | undefined {
  const docs = ctx.cues.documents;
  for (let k = ti - 1; k >= 0 && k >= ti - 5; k--) {
    const w = r.tokens[k]!.lower;
    if (DOC_SUBJECT_SKIP.test(w)) continue;
    if (w === 'it' || w === 'this' || w === 'which') return state.lastProposer ? { agents: [state.lastProposer], basis: 'document' } : null;
    if (!docs.has(w)) return undefined;
    const owner = ownerOf(r, k, k, ctx.holders);
    if (owner && typeof owner === 'object') return { ...owner, basis: 'document' };
    return state.lastProposer ? { agents: [state.lastProposer], basis: 'document' } : null;
  }
  return undefined;
}

/**
 * A cue governs the words after it up to the next cue that has its own holder. Rejecting or accepting verbs
 * reach through a noun cue ("rejected Moscow's demand that ..."): its content is what they reject.
 */
function cutAtNextCue(r: SentenceReading, reach: number[], hits: Cue[], h: Cue, stance: Stance): number[] {
  const reachThroughNouns = stance === 'reject' || stance === 'accept';
  const next = hits.find((o) => {
    if (o.start < h.end) return false;
    if (o.value.kind === 'docverb' || o.value.kind === 'yield' || o.value.kind === 'holdout') return false;
    if (o.value.kind === 'noun' && reachThroughNouns && h.value.kind !== 'noun') return false;
    // A verb in the content of a demand or proposal verb is part of it.
    if (o.value.kind !== 'noun' && h.value.kind !== 'noun' && !precededByCoordinator(r, tokenAt(r.tokens, o.start))) return false;
    return true;
  });
  if (!next) return reach;
  return reach.filter((i) => r.tokens[i]!.end <= next.start);
}
