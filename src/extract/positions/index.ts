import type { Position } from '../../core/records.js';
import type { StageFactory } from '../extraction.js';
import { holdersLexicon } from '../reading/lexicon.js';
import { profileNames } from '../reading/agents.js';
import { readerFor } from '../reading/read.js';
import { compileStanceCues, type StanceChannels } from './cues.js';
import { bySpan, type Hit, type PhraseHits } from '../reading/phrases.js';
import { mergePositions } from './merge.js';
import { positionsInSentence, type DocState, type SentenceContext } from './sentence.js';
import { toPosition } from './record.js';

/**
 * Positions: a side's stance (demand, propose, accept, reject) on a profile issue, read from who does what
 * to which issue words in each sentence. Cue words: lexicons/<lang>/stance.yaml; issues: the profile.
 */
export const positionsStage: StageFactory = (env) => {
  const read = readerFor(env);
  const lex = holdersLexicon(env.lexicon);
  const cues = compileStanceCues(env.lexicon);
  const names = profileNames(env.profile, lex);
  const holders = {
    objectPrepositions: new Set(lex.objectPrepositions.map((w) => w.toLowerCase())),
    agentPrepositions: new Set(lex.agentPrepositions.map((w) => w.toLowerCase())),
    demonyms: names.demonyms,
    groupNouns: new Set(lex.groupNouns.map((w) => w.toLowerCase())),
  };
  return (x) => {
    const reading = read(x);
    const spans = reading.sentences.map((s) => s.span);
    const all = cues.index(reading.pieces, { start: 0, end: reading.text.length });
    const perSentence = {
      cues: bySpan(all.cues, spans),
      documentVerbs: bySpan(all.documentVerbs, spans),
      handing: bySpan(all.handing, spans),
      negators: bySpan(all.negators, spans),
      nounNegators: bySpan(all.nounNegators, spans),
      hedges: bySpan(all.hedges, spans),
      conditions: bySpan(all.conditions, spans),
      planOpeners: bySpan(all.planOpeners, spans),
    };
    const state: DocState = { plan: { owner: null, at: -1 }, lastProposer: null, lastDocumentOwner: null, lastIssues: [] };
    const positions: Position[] = [];
    for (const r of reading.sentences) {
      const i = r.index;
      const hits: PhraseHits<StanceChannels> = {
        cues: perSentence.cues[i]!,
        documentVerbs: perSentence.documentVerbs[i]!,
        handing: perSentence.handing[i]!,
        negators: perSentence.negators[i]!,
        nounNegators: perSentence.nounNegators[i]!,
        hedges: perSentence.hedges[i]!,
        conditions: perSentence.conditions[i]!,
        planOpeners: perSentence.planOpeners[i]!,
      };
      const ctx: SentenceContext = { text: reading.text, hits, cues, holders };
      for (const d of positionsInSentence(r, ctx, state)) positions.push(toPosition(reading.text, r, d));
    }
    return { positions: mergePositions(positions) };
  };
};
