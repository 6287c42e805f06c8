import { z } from 'zod';
import type { IssueStatus } from '../../core/records.js';
import type { Lexicon } from '../../nlp/lexicon.js';
import { phraseIndex, type PhraseIndex } from '../reading/phrases.js';

const words = z.array(z.string().min(1)).default([]);
const STATUSES = ['agreed', 'close', 'disputed', 'deferred'] as const;
const statusOrNull = z.enum(STATUSES).nullable();

/** `lexicons/<lang>/status.yaml` (see the comments there). */
export const StatusSchema = z.object({
  agreed: words,
  close: words,
  disputed: words,
  deferred: words,
  negators: words,
  commitments: words,
  negated: z.object({ agreed: statusOrNull, close: statusOrNull, disputed: statusOrNull, deferred: statusOrNull }).partial().default({}),
});

export interface StatusCues {
  /** Cues that are a commitment, not a status, when "to" follows them. */
  commitments: Set<string>;
  index: PhraseIndex<{ cues: IssueStatus; negators: true }>;
  negated: (s: IssueStatus) => IssueStatus | null;
}

/** Compiles the status lexicon ("% ready" matches after a number: "95% ready"). */
export function compileStatusCues(lexicon: Lexicon): StatusCues {
  const lex = lexicon.section('status', StatusSchema);
  const negatedMap: Partial<Record<IssueStatus, IssueStatus | null>> = lex.negated;
  return {
    index: phraseIndex<{ cues: IssueStatus; negators: true }>({
      cues: STATUSES.flatMap((s) => lex[s].map((w) => [w, s] as const)),
      negators: lex.negators.map((w) => [w, true] as const),
    }),
    commitments: new Set(lex.commitments.map((w) => w.toLowerCase())),
    negated: (s) => (s in negatedMap ? (negatedMap[s] ?? null) : null),
  };
}
