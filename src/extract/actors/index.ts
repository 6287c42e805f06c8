import type { Doc } from '../../core/article.js';
import type { Actor, Mention } from '../../core/records.js';
import type { StageFactory } from '../extraction.js';
import { assemble } from './assemble.js';
import type { Candidate } from './candidate.js';
import { lowercaseWords, type DocContext } from './context.js';
import { linkNames, resolveGenerics, resolvePronouns, type Resolved } from './coref.js';
import { identify } from './identity.js';
import { findKnown } from './known.js';
import { actorWords, type ActorWords } from './lexicon.js';
import { buildModel, type ActorModel } from './model.js';
import { markPositions } from './places.js';
import { attachRoles } from './titles.js';
import { tokenize } from './tokens.js';
import type { PhraseTrie } from './trie.js';
import { cueTries, findUnknown, type CueTries } from './unknown.js';
import { creditTrie, findZones } from './zones.js';

export { actorByKey, actorOf, mentionAt, mentionsIn, mentionsOf } from './lookup.js';

/** The word lists and profile phrases, compiled once per pipeline. */
interface Compiled {
  words: ActorWords;
  model: ActorModel;
  credits: PhraseTrie<true>;
  cues: CueTries;
}

/**
 * The actors stage: finds every mention of a person or organisation and resolves it to one actor.
 * Order of the passes (each a small file):
 *  1. known.ts    profile names, aliases, dated role descriptions, government metonyms and groups
 *  2. unknown.ts  people and organisations the profile does not know (capitalised runs with evidence)
 *  3. titles.ts   titles and appositions: roles for people; bodies inside a title stop counting
 *  4. places.ts   countries and capitals used as places, credits and datelines stop counting
 *  5. identity.ts merges text names ("Hill" -> "Hugh Hill"), gives sides from roles
 *  6. coref.ts    bare first names and surnames, "the president", then he/she
 *  7. assemble.ts Mention and Actor records
 */
export const actorsStage: StageFactory = (env) => {
  const words = actorWords(env.lexicon);
  const compiled: Compiled = { words, model: buildModel(env.profile, words), credits: creditTrie(words), cues: cueTries({ words }) };
  return (x) => extractActors(x.doc, compiled);
};

function extractActors(doc: Doc, { words, model, credits, cues }: Compiled): { actors: Actor[]; mentions: Mention[] } {
  const tokens = tokenize(doc.text, doc.sentences);
  const ctx: DocContext = { tokens, words, model, zones: findZones(tokens, credits), lowercase: lowercaseWords(tokens), speakers: new Map() };
  const known = findKnown(tokens, model, words, doc.published);
  const found = findUnknown(ctx, known.covered, cues);
  let cands: Candidate[] = [...known.candidates, ...found].sort((a, b) => a.titleStart - b.titleStart);
  cands = markPositions(ctx, attachRoles(ctx, cands));
  dropOrphans(cands);

  const { of } = identify(ctx, cands, doc.published);
  const bylines = new Set(cands.flatMap((c, i) => (c.dropped === 'byline' ? [of[i]!.key] : [])));
  const owned = Uint8Array.from(known.covered);
  for (const c of cands) owned.fill(1, c.titleStart, c.end);

  const named: Resolved[] = [];
  cands.forEach((c, i) => {
    if (!c.dropped) named.push({ start: c.titleStart, end: c.end, id: of[i]!, form: c.form, rule: c.rule });
  });
  const links = linkNames(ctx, owned, [...new Set(named.map((m) => m.id))]);
  for (const l of links) owned[l.start] = 1;
  const withLinks = [...named, ...links].sort((a, b) => a.start - b.start);
  // Pronouns first, so "He said ... the president told" can pick the speaker; then again with the descriptions.
  const early = resolvePronouns(ctx, owned, withLinks);
  const generics = resolveGenerics(ctx, known.generics, [...withLinks, ...early].sort((a, b) => a.start - b.start));
  const all = [...withLinks, ...generics].sort((a, b) => a.start - b.start);
  const pronouns = resolvePronouns(ctx, owned, all);
  return assemble(doc.text, tokens, [...all, ...pronouns].filter((m) => !bylines.has(m.id.key)));
}

/** A descriptive alias ("the alliance", "Ukraine's armed forces") counts only after its actor is named. */
function dropOrphans(cands: Candidate[]): void {
  const named = new Set<unknown>();
  for (const c of cands) {
    if (c.dropped) continue;
    if (c.anaphoric && !named.has(c.target)) c.dropped = 'anaphoric';
    else named.add(c.target);
  }
}
