import type { Actor } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { Extraction } from '../extraction.js';
import type { Agent } from './agents.js';
import type { Pieces } from './phrases.js';
import { pieceAt } from './phrases.js';
import type { Speech } from './speech.js';

/** First-person words inside a quote stand for its speaker ("we will never recognise", "I am ready"). */
const FIRST_PERSON = new Set(['I', 'we', 'We', 'my', 'My', 'our', 'Our', 'me', 'us']);

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The document's actors by key, built once per document (the readers below run once per sentence). */
export type ActorsByKey = ReadonlyMap<string, Actor>;
export const actorsByKey = (x: Readonly<Extraction>): ActorsByKey => new Map(x.actors.map((a) => [a.key, a]));

/**
 * Reported speech from the quotes stage: each indirect statement and each attributed direct quote becomes a
 * speech whose content is the statement or the quoted words. The speaker is the name in the sentence at the
 * speaker's span, else an agent made from the speaker's actor.
 */
export function stageReports(x: Readonly<Extraction>, sides: ActorsByKey, sentence: Span, agents: readonly Agent[]): Speech[] {
  const out: Speech[] = [];
  const add = (r: { span: Span; speakerKey: string | null; speakerSpan?: Span; cueSpan?: Span }) => {
    if (!r.speakerKey || !overlaps(r.span, sentence)) return;
    const actor = sides.get(r.speakerKey);
    if (!actor) return;
    const at = r.speakerSpan;
    const named = at ? agents.find((a) => overlaps(a, at)) : undefined;
    const speaker: Agent = named ?? {
      start: at?.start ?? r.span.start,
      end: at?.end ?? r.span.start,
      side: actor.side,
      key: actor.key,
      kind: actor.kind === 'person' ? 'person' : 'organization',
      possessive: false,
    };
    const content = { start: Math.max(r.span.start, sentence.start), end: Math.min(r.span.end, sentence.end) };
    out.push({ cue: r.cueSpan ?? { start: content.start, end: content.start }, speaker, content });
  };
  for (const s of x.statements) add(s);
  for (const q of x.quotes) add(q);
  return out;
}

/** Agents for first-person words inside attributed quotes of a sentence. */
export function quoteSpeakers(x: Readonly<Extraction>, sides: ActorsByKey, pieces: Pieces, sentence: Span): Agent[] {
  const out: Agent[] = [];
  for (const q of x.quotes) {
    if (!q.speakerKey || !overlaps(q.span, sentence)) continue;
    const actor = sides.get(q.speakerKey);
    if (!actor) continue;
    const from = Math.max(q.span.start, sentence.start);
    const to = Math.min(q.span.end, sentence.end);
    for (let k = pieceAt(pieces, from); k < pieces.starts.length && pieces.ends[k]! <= to; k++)
      if (FIRST_PERSON.has(pieces.cased[k]!))
        out.push({
          start: pieces.starts[k]!,
          end: pieces.ends[k]!,
          side: actor.side,
          key: actor.key,
          kind: 'speaker',
          possessive: /^(?:my|our)$/i.test(pieces.cased[k]!),
          pronoun: pieces.lower[k]!,
        });
  }
  return out;
}
