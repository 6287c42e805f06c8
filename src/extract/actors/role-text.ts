import { isKnown, isPerson, type Candidate } from './candidate.js';
import type { DocContext } from './context.js';
import { nameText } from './evidence.js';

export const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our']);

/** The tokens [a, b) as written, single-spaced. */
export const sliceText = (ctx: DocContext, a: number, b: number): string => nameText(ctx.tokens, a, b);

/** A body inside a person's role stops counting, unless the profile says it counts in titles. */
export function inTitle(c: Candidate, why = 'in-title') {
  if (!isPerson(c) && !(isKnown(c.target) && c.target.titleMentions)) c.dropped ??= why;
}
