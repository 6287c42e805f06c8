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
    const perSentence = Object.fromEntries(Object.entries(all).map(([k, hits]) => [k, bySpan(hits, spans)])) as {
      [K in keyof StanceChannels]: Hit<StanceChannels[K]>[][];
    };
    const state: DocState = { plan: { owner: null, at: -1 }, lastProposer: null, lastDocumentOwner: null, lastIssues: [] };
    const positions: Position[] = [];
    for (const r of reading.sentences) {
      const hits = Object.fromEntries(Object.entries(perSentence).map(([k, v]) => [k, v[r.index]!])) as PhraseHits<StanceChannels>;
      const ctx: SentenceContext = { text: reading.text, hits, cues, holders };
      for (const d of positionsInSentence(r, ctx, state)) positions.push(toPosition(reading.text, r, d));
    }
    return { positions: mergePositions(positions) };
  };
};
