import { z } from 'zod';
import type { Lexicon } from '../../nlp/lexicon.js';

const words = z.array(z.string().min(1)).default([]);

/** `lexicons/<lang>/holders.yaml`: the function words around holders and speakers. */
export const HoldersSchema = z.object({
  groupNouns: words,
  pronouns: z
    .object({ person: words, organization: words, plural: words.default([]), speaker: words })
    .default({ person: [], organization: [], plural: [], speaker: [] }),
  objectPrepositions: words,
  agentPrepositions: words,
  reporting: words,
  reportingBefore: words,
  clauseBreaks: words,
  clauseBreaksAfterComma: words,
  coordinators: words,
  relatives: words,
  conditionals: words,
});
export type HoldersLexicon = z.infer<typeof HoldersSchema>;

export const holdersLexicon = (lexicon: Lexicon): HoldersLexicon => lexicon.section('holders', HoldersSchema);
