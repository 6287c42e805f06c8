import type { SentenceReading } from '../reading/read.js';
import { tokenAt } from '../reading/tokens.js';

/** Auxiliaries and adverbs between a subject and its verb. */
export const AUX = /^(?:is|are|was|were|be|been|being|has|have|had|will|would|could|can|may|might|shall|should|also|still|now|firmly|flatly|again|repeatedly|already|consistently|openly|publicly|reportedly|previously|so|far|long|then|not|never|instead|do|does|did|strongly|effectively|reportedly|apparently|once|long|categorically|explicitly|initially|originally)$/;

/** Words that open a noun phrase: after one of them a word like "demands" is a noun. */
const DETERMINER = /^(?:the|a|an|its|his|her|their|our|my|your|these|those|this|that|such|any|no|every|each|some|new|latest|central|main|key|initial|original|revised|updated|earlier|previous|first|final|fresh|further|additional|own|maximalist|core|firm|repeated|various|several|two|three|many|other|renewed|mounting|growing|strong|intense|heavy|international|western)$/;

/** "and is pushing back": a second verb of the same subject, not the content of the first. */
export function precededByCoordinator(r: SentenceReading, ti: number): boolean {
  // ", rejecting Washington's plan": a participle after a comma goes on with the same subject.
  if (r.tokens[ti - 1]?.lower === ',' && /ing$/.test(r.tokens[ti]!.lower)) return true;
  for (let k = ti - 1; k >= 0 && k >= ti - 4; k--) {
    const w = r.tokens[k]!.lower;
    if (w === 'and' || w === 'or' || w === 'but') return true;
    if (!AUX.test(w)) return false;
  }
  return false;
}

/**
 * Whether a word listed both as noun and verb ("demands", "offer") is a noun here: after a determiner, a
 * possessive or a side adjective it is ("Moscow's demands", "Russian demands"); after a subject it is a verb.
 */
export function readsAsNoun(r: SentenceReading, ti: number, demonyms: Map<string, string>): boolean {
  const prev = r.tokens[ti - 1];
  if (!prev) return true;
  if (DETERMINER.test(prev.lower) || demonyms.has(prev.lower) || /'s?$/.test(prev.lower)) return true;
  if (!prev.word) return !r.agents.some((a) => a.end === prev.start || a.end === r.tokens[ti - 2]?.end);
  const agent = r.agents.find((a) => a.end === prev.end || (a.start >= prev.start && a.end <= prev.end));
  if (agent) return agent.possessive;
  return !AUX.test(prev.lower) && prev.lower !== 'and' && prev.lower !== 'or';
}

/** A cue glued to a word before it by a hyphen ("Kyiv-backed") is part of a compound adjective. */
export const inCompound = (text: string, start: number): boolean => text[start - 1] === '-';

/** Index of the token that starts at or covers an offset. */
export const tokenOf = (r: SentenceReading, offset: number): number => tokenAt(r.tokens, offset);
