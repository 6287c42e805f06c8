import type { DocContext } from './context.js';

/** What a verb reports: speech ("said"), a belief ("believes") or a stance ("called for"). */
export type Kind = 'said' | 'belief' | 'stance';

/**
 * What the verb at token i reports: speech, a belief or a stance. The longest phrase wins ("called for" is a
 * stance, "called" alone a speech verb); a speech verb that only frames quotations ("called them “...”") is read
 * as a stance, whose object is the content.
 */
export function verbKind(i: number, c: DocContext): Kind | null {
  const said = c.cueLen(i);
  const belief = c.beliefLen(i);
  const stance = c.stanceLen(i);
  if (!said && !belief && !stance) return null;
  if (stance > said && stance >= belief) return 'stance';
  if (said && (said >= belief || !belief)) return stance && c.words.quoteOnlyVerbs.has(c.tokens[i]!.lower) ? 'stance' : 'said';
  return belief ? 'belief' : 'stance';
}
