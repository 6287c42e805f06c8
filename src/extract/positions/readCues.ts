import type { Stance } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { Hit } from '../reading/phrases.js';
import type { SentenceReading } from '../reading/read.js';
import type { CueKind } from './cues.js';
import { documentSubject } from './document.js';
import { handedOver, hasOwnSubject, modalHere, namesDocument, passiveAgent, reducedRelative } from './grammar.js';
import { ownerOf, speechCovering, subjectOf, withCoordinated, type Holder } from './holder.js';
import type { CueHit, CueReading, DocState, SentenceContext } from './types.js';
import { inCompound, precededByCoordinator, readsAsNoun, tokenOf } from './words.js';

/**
 * Finds the cues of a sentence: stance words; verbs that make a plan propose ("the draft calls for"); and a plan
 * handed over ("Ukraine handed Washington its revised framework, with drafts on security guarantees"), which
 * proposes like the noun "proposal".
 */
function findCues(r: SentenceReading, ctx: SentenceContext): { hits: CueHit[]; docVerbs: Span[] } {
  const hits: CueHit[] = ctx.hits.cues.filter((h) => !inCompound(ctx.text, h.start));
  const overlaps = (s: Span) => hits.some((h) => h.start < s.end && s.start < h.end);
  const docVerbs: Span[] = [];
  for (const d of ctx.hits.documentVerbs) {
    docVerbs.push(d);
    if (!overlaps(d)) hits.push({ ...d, value: { stance: 'propose', kind: 'docverb' } });
  }
  for (const h of ctx.hits.handing) {
    const hi = tokenOf(r, h.end) - 1;
    for (let k = hi + 1; k <= hi + 6 && k < r.tokens.length && r.clauses.of[k] === r.clauses.of[hi]; k++) {
      const t = r.tokens[k]!;
      if (t.lower === 'that' || t.lower === 'clear') break; // "made clear that ..."
      if (!ctx.cues.handedDocuments.has(t.lower)) continue;
      if (!overlaps(t)) hits.push({ start: t.start, end: t.end, text: ctx.text.slice(t.start, t.end), value: { stance: 'propose', kind: 'noun' } });
      break;
    }
  }
  return { hits: hits.sort((a, b) => a.start - b.start), docVerbs };
}

/**
 * Reads every stance cue of a sentence in order: settles noun or verb, applies negation, drops the verbs that
 * are the content of an earlier demand or proposal of the clause, and finds the holder (subject, owner, speaker,
 * passive agent, or the author of the plan that is the subject).
 */
export function readCues(r: SentenceReading, ctx: SentenceContext, state: DocState): CueReading[] {
  const { cues } = ctx;
  const toks = r.tokens;
  const verbNegs = ctx.hits.negators;
  const nounNegs = [...verbNegs, ...ctx.hits.nounNegators];
  const { hits, docVerbs } = findCues(r, ctx);
  const inCondition = (s: Span) => r.conditions.some((c) => c.start <= s.start && s.end <= c.end);
  const near = (list: Hit<true>[], ti: number, clause: number, width: number) =>
    list.some((n) => n.end <= toks[ti]!.start && ti - tokenOf(r, n.end) <= width && r.clauses.of[tokenOf(r, n.start)] === clause);

  const readings: CueReading[] = [];
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
      // Only as verbs: "will not compromise", not "failed to agree on a compromise".
      if (!negated || /^(?:a|an|the|any|no|this|that|its|their|his|her|our)$/.test(toks[ti - 1]?.lower ?? '')) continue;
      kind = 'verb';
    } else if (negated && cues.mutual.has(hit.text.toLowerCase().replace(/\s+/g, ' '))) continue;
    else if (negated && kind !== 'docverb') stance = cues.negated(stance);
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
  return readings;
}
