import type { Actor, Mention } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { Extraction } from '../extraction.js';

type WithActors = Pick<Extraction, 'actors' | 'mentions'>;

/**
 * The mention whose span contains `offset` (an offset into `doc.text`), or undefined. Mentions do not
 * overlap and are sorted by start, so this is a binary search.
 * @example mentionAt(x, x.doc.text.indexOf('Mr Zelensky'))?.actor === 'volodymyr-zelensky'
 */
export function mentionAt(x: WithActors, offset: number): Mention | undefined {
  const ms = x.mentions;
  let lo = 0;
  let hi = ms.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = ms[mid]!;
    if (offset < m.span.start) hi = mid - 1;
    else if (offset >= m.span.end) lo = mid + 1;
    else return m;
  }
  return undefined;
}

/**
 * Mentions lying entirely inside `span`, in text order (e.g. the people named in one sentence).
 * @example mentionsIn(x, sentence.span).filter((m) => m.form !== 'pronoun')
 */
export function mentionsIn(x: WithActors, span: Span): Mention[] {
  return x.mentions.filter((m) => m.span.start >= span.start && m.span.end <= span.end);
}

/** The actor with this key, or undefined. @example actorByKey(x, mention.actor)?.name === 'Volodymyr Zelensky' */
export function actorByKey(x: WithActors, key: string): Actor | undefined {
  return x.actors.find((a) => a.key === key);
}

/** The actor a mention refers to. @example actorOf(x, mentionAt(x, offset)!)?.side === 'ukraine' */
export function actorOf(x: WithActors, mention: Mention): Actor | undefined {
  return actorByKey(x, mention.actor);
}

/** Every mention of one actor, in text order. */
export function mentionsOf(x: WithActors, key: string): Mention[] {
  return x.mentions.filter((m) => m.actor === key);
}
