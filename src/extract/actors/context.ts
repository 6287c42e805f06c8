import type { Candidate } from './candidate.js';
import type { ActorWords } from './lexicon.js';
import type { ActorModel } from './model.js';
import type { Token } from './tokens.js';
import type { Zones } from './zones.js';

/** Everything the passes over one document share. */
export interface DocContext {
  tokens: readonly Token[];
  words: ActorWords;
  model: ActorModel;
  zones: Zones;
  /** Keys of words the document also writes in lower case: capitalised there only to open a sentence. */
  lowercase: Set<string>;
  /** Capitalised words followed by a speech verb, with how often ("DuVernay said" twice). */
  speakers: Map<string, number>;
}

/** Token index -> index of the candidate covering it (title included), or -1. */
export function ownerMap(n: number, cands: readonly Candidate[]): Int32Array {
  const owner = new Int32Array(n).fill(-1);
  cands.forEach((c, ci) => {
    for (let k = c.titleStart; k < c.end; k++) owner[k] = ci;
  });
  return owner;
}

export function lowercaseWords(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) if (t.lower) out.add(t.key);
  return out;
}

/** The first word token of its sentence, or right after an opening quote, dash or colon. */
export function opensSentence(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const p = tokens[k]!;
    if (p.sentence !== tokens[i]!.sentence) return true;
    if (p.word) return false;
    if (/^[“"‘«(\[—–:-]$/.test(p.text) || p.text === '•') continue;
    return false;
  }
  return true;
}

/** A country adjective or possessive, or a party or faith adjective ("Republican"): a modifier in titles, never a name. */
export function isDemonym(ctx: DocContext, t: Token): boolean {
  return ctx.model.demonymSide.has(t.key) || (t.cap && (ctx.words.placeName.has(t.text) || ctx.words.groupAdjective.has(t.text)));
}
