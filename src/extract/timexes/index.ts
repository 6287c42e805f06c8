import type { StageFactory } from '../extraction.js';
import { createTimexTagger } from './tagger.js';
import { timeWords } from './words.js';

/** Tags temporal expressions and normalises them TimeML-style against the publication date. */
export const timexesStage: StageFactory = (env) => {
  const tag = createTimexTagger(timeWords(env.lexicon, env.timexStyle));
  return (x) => ({ timexes: tag(x.doc) });
};
