import type { Span } from '../../core/span.js';

/** Characters that end a clause for the cue searches around a trigger. */
const BREAK = /[;:—–()]|,\s+(?:but|while|whereas|although|though)\s|\.\s/giu;

/**
 * The clause around a trigger inside its sentence: from the last break before it to the first break after it.
 * Dashes, semicolons, brackets and ", but" end a clause; this is coarse on purpose, cue searches need no parse.
 */
export function clauseAround(text: string, sentence: Span, at: Span): Span {
  let start = sentence.start;
  let end = sentence.end;
  const chunk = text.slice(sentence.start, sentence.end);
  BREAK.lastIndex = 0;
  for (const m of chunk.matchAll(BREAK)) {
    const s = sentence.start + m.index;
    const e = s + m[0].length;
    if (e <= at.start) start = e;
    else if (s >= at.end) {
      end = s;
      break;
    }
  }
  return { start, end };
}
