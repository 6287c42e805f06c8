import type { Span } from '../../core/span.js';
import { matchesOf } from '../../nlp/matches.js';

/** Characters that end a clause for the cue searches around a trigger. */
const REACH = 300;
// A full stop inside a sentence ends a clause, but not one closing an abbreviation ("U.S. envoys", "Mr. Witkoff").
const BREAK = /[;:—–()]|,\s+(?:but|while|whereas|although|though)\s|(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Jr|Sr|vs))\.\s/gu;

/**
 * The clause around a trigger inside its sentence: from the last break before it to the first break after it.
 * Dashes, semicolons, brackets and ", but" end a clause; this is coarse on purpose, cue searches need no parse.
 */
export function clauseAround(text: string, sentence: Span, at: Span): Span {
  // A clause is at most a few hundred characters either side: the cue searches need no more.
  const from = Math.max(sentence.start, at.start - REACH);
  const to = Math.min(sentence.end, at.end + REACH);
  let start = from;
  let end = to;
  const chunk = text.slice(from, to);
  for (const m of matchesOf(BREAK, chunk)) {
    const s = from + m.index;
    const e = s + m[0].length;
    if (e <= at.start) start = e;
    else if (s >= at.end) {
      end = s;
      break;
    }
  }
  return { start, end };
}
