import { z } from 'zod';
import type { Stance } from '../../core/records.js';
import type { Lexicon } from '../../nlp/lexicon.js';
import { phraseIndex, type PhraseIndex } from '../reading/phrases.js';

const words = z.array(z.string().min(1)).default([]);
const STANCES = ['demand', 'propose', 'accept', 'reject'] as const;
const CueLists = z.object({
  verbs: words,
  nouns: words,
  modals: words,
  objectModals: words,
  predicates: words,
  documentVerbs: words,
  documents: words,
  handingVerbs: words,
  handedDocuments: words,
});
const stanceOrNull = z.enum(STANCES).nullable();

/** `lexicons/<lang>/stance.yaml` (see the comments there). */
export const StanceSchema = z.object({
  demand: CueLists.partial().default({}),
  propose: CueLists.partial().default({}),
  accept: CueLists.partial().default({}),
  reject: CueLists.partial().default({}),
  negators: words,
  nounNegators: words,
  negated: z.object({ demand: stanceOrNull, propose: stanceOrNull, accept: stanceOrNull, reject: stanceOrNull }).partial().default({}),
  yield: z.object({ verbs: words, holdout: words }).default({ verbs: [], holdout: [] }),
  hedges: words,
  mutual: words,
  conditionDemands: z.object({ negated: words, afterOnly: words, plain: words }).default({ negated: [], afterOnly: [], plain: [] }),
  planContent: z.object({ modals: words, openers: words, reach: z.number().int().min(0).default(2) }).default({ modals: [], openers: [], reach: 2 }),
});
export type StanceLexicon = z.infer<typeof StanceSchema>;

/** Where a cue's holder sits and which way its scope runs (see stance.yaml). */
export type CueKind = 'verb' | 'noun' | 'modal' | 'predicate' | 'yield' | 'holdout' | 'condition' | 'plan';

export interface CueValue {
  stance: Stance;
  kind: CueKind;
  /** Listed both as a noun and as a verb ("demands", "offer"): the words around it decide. */
  nounOrVerb?: boolean;
  /** A modal that needs "to" after its object: "requires Kyiv to withdraw". */
  needsTo?: boolean;
}

/** The phrase lists a sentence is searched for, one channel each. */
export interface StanceChannels extends Record<string, unknown> {
  cues: CueValue;
  documentVerbs: true;
  /** Verbs whose object may be a bare stance noun (see stance.yaml). */
  handing: true;
  /** Negators of verbs ("not", "refused to"); nouns also take `nounNegators` ("no compromise"). */
  negators: true;
  nounNegators: true;
  hedges: true;
  /** "unless", "without", "only if": which kind of condition-demand. */
  conditions: 'negated' | 'afterOnly' | 'plain';
  planOpeners: true;
}

export interface StanceCues {
  index: PhraseIndex<StanceChannels>;
  /** Cue phrases of agreeing between sides (lower case). */
  mutual: Set<string>;
  planModals: Set<string>;
  planReach: number;
  documents: Set<string>;
  /** Documents that propose when handed over (see stance.yaml). */
  handedDocuments: Set<string>;
  /** What a negated stance becomes (null: no position). */
  negated: (s: Stance) => Stance | null;
}

/**
 * Compiles the stance lexicon. One phrase may be listed under several kinds; the first listing wins in this
 * order: predicates, modals, nouns, verbs (so "are needed" is a predicate before it is a modal).
 */
export function compileStanceCues(lexicon: Lexicon): StanceCues {
  const lex = lexicon.section('stance', StanceSchema);
  const entries: [string, CueValue][] = [];
  const verbs = new Set(STANCES.flatMap((s) => lex[s].verbs ?? []).map((w) => w.toLowerCase()));
  for (const kind of ['predicates', 'modals', 'nouns', 'verbs'] as const)
    for (const stance of STANCES)
      for (const w of lex[stance][kind] ?? [])
        entries.push([w, { stance, kind: kind.slice(0, -1) as CueKind, ...(kind === 'nouns' && verbs.has(w.toLowerCase()) && { nounOrVerb: true }) }]);
  for (const stance of STANCES) for (const w of lex[stance].objectModals ?? []) entries.push([w, { stance, kind: 'modal', needsTo: true }]);
  for (const w of lex.yield.verbs) entries.push([w, { stance: 'reject', kind: 'yield' }]);
  for (const w of lex.yield.holdout) entries.push([w, { stance: 'demand', kind: 'holdout' }]);
  const negatedMap: Partial<Record<Stance, Stance | null>> = lex.negated;
  const list = (k: 'handingVerbs' | 'documentVerbs') => STANCES.flatMap((s) => (lex[s][k] ?? []).map((w) => [w, true] as const));
  return {
    index: phraseIndex<StanceChannels>({
      cues: entries,
      documentVerbs: list('documentVerbs'),
      handing: list('handingVerbs'),
      negators: lex.negators.map((w) => [w, true] as const),
      nounNegators: lex.nounNegators.map((w) => [w, true] as const),
      hedges: lex.hedges.map((w) => [w, true] as const),
      conditions: (['plain', 'negated', 'afterOnly'] as const).flatMap((k) => lex.conditionDemands[k].map((w) => [w, k] as const)),
      planOpeners: lex.planContent.openers.map((w) => [w, true] as const),
    }),
    mutual: new Set(lex.mutual.map((w) => w.toLowerCase())),
    planModals: new Set(lex.planContent.modals.map((w) => w.toLowerCase())),
    planReach: lex.planContent.reach,
    documents: new Set(STANCES.flatMap((s) => lex[s].documents ?? []).map((w) => w.toLowerCase())),
    handedDocuments: new Set(STANCES.flatMap((s) => lex[s].handedDocuments ?? []).map((w) => w.toLowerCase())),
    negated: (s) => (s in negatedMap ? (negatedMap[s] ?? null) : null),
  };
}
