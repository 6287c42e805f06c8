import type { ActorKind, Mention } from '../../core/records.js';
import type { Profile, ProfileActor } from '../../profile/schema.js';
import type { ActorWords, Gender } from './lexicon.js';
import { tokenize } from './tokens.js';
import { PhraseTrie } from './trie.js';
import { isAcronym, isDescriptive, slugify, stripThe, surnameAliases } from './aliases.js';

export { slugify } from './aliases.js';

/** Role words compare by stem for the spokes- nouns ("the spokeswoman" = "spokesperson"). */
export const roleKey = (w: string): string => (/^spokes(?:man|woman|person|people|men|women)$/.test(w) ? 'spokesperson' : w);
export const roleWordsOf = (s: string): string[] => tokenize(s.toLowerCase()).filter((t) => t.word).map((t) => roleKey(t.key));

/** An actor the profile knows: a listed actor or a government. */
export interface KnownActor {
  key: string;
  name: string;
  kind: ActorKind;
  side: string;
  media: boolean;
  gender?: Gender;
  titleMentions: boolean;
  government: boolean;
  /** Role phrases in lower case with their dates: titles and descriptions, for "the president". */
  roles: Array<{ text: string; words: string[]; from?: string; until?: string }>;
  /** Lower-case keys of every word in its names, to tell "Hunter Biden" from "Joe Biden". */
  nameWords: Set<string>;
}

/** What a profile or lexicon phrase refers to. */
export type Entry =
  | { type: 'name'; actor: KnownActor; anaphoric: boolean; placeAlias: boolean; acronym: boolean }
  | { type: 'description'; actor: KnownActor; from?: string; until?: string }
  | { type: 'metonym'; actor: KnownActor }
  | { type: 'group'; actor: KnownActor; needsThe: boolean }
  /** "the president": needs its article, refers back to the last actor with that role. */
  | { type: 'generic'; role: string[] | null; media: boolean; needsThe: true }
  | { type: 'platform' };

/** Preference when one phrase means several things. */
export const ENTRY_RANK: Record<Entry['type'], number> = { name: 0, description: 1, group: 2, metonym: 3, generic: 4, platform: 5 };

/** The profile and lexicon compiled for the actors stage. */
export interface ActorModel {
  trie: PhraseTrie<Entry>;
  actors: KnownActor[];
  /** Lower-case demonyms and possessives ("ukrainian", "ukraine's", "us") -> side. */
  demonymSide: Map<string, string>;
  /** Case-sensitive names of places the profile lists, with their aliases. */
  places: Set<string>;
  /** Case-sensitive government metonyms ("Kyiv", "Russia"): in a list they are countries, not places. */
  metonyms: Set<string>;
}

function knownActor(a: ProfileActor, words: ActorWords): KnownActor {
  const nameWords = new Set<string>();
  for (const n of [a.name, ...a.aliases]) for (const t of tokenize(n)) if (t.word) nameWords.add(t.key);
  const roles = a.roles.flatMap((r) =>
    [r.title, ...r.descriptions].map((d) => ({ text: d.toLowerCase(), words: roleWordsOf(d), ...(r.from && { from: r.from }), ...(r.until && { until: r.until }) })),
  );
  const first = tokenize(a.name)[0]?.text;
  const gender = a.gender ?? (a.kind === 'person' && first ? words.firstName.get(first) ?? undefined : undefined);
  return {
    key: a.id ?? slugify(a.name),
    name: a.name,
    kind: a.kind,
    side: a.side,
    media: a.media,
    ...(gender && { gender }),
    titleMentions: a.titleMentions ?? false,
    government: false,
    roles,
    nameWords,
  };
}

/** Compiles the profile's actors, governments and descriptions, and the lexicon's phrases, into one trie. */
export function buildModel(profile: Profile, words: ActorWords): ActorModel {
  const trie = new PhraseTrie<Entry>();
  const demonymSide = new Map<string, string>();
  for (const s of profile.sides) for (const d of s.demonyms) demonymSide.set(tokenize(d).map((t) => t.key).join(' '), s.id);
  for (const g of profile.governments) for (const d of g.demonyms) demonymSide.set(tokenize(d).map((t) => t.key).join(' '), g.side);
  const descriptiveHeads = new Set(words.data.descriptiveHeads.map((h) => h.toLowerCase()));

  const places = new Set<string>();
  const metonyms = new Set<string>();
  for (const p of profile.places) for (const n of [p.name, ...p.aliases]) places.add(stripThe(n));

  const surnames = surnameAliases(profile);
  const actors: KnownActor[] = [];
  for (const a of profile.actors) {
    const actor = knownActor(a, words);
    actors.push(actor);
    for (const n of new Set([a.name, ...a.aliases, ...(surnames.get(a.name) ?? [])])) {
      const bare = stripThe(n);
      trie.add(bare, {
        type: 'name',
        actor,
        anaphoric: isDescriptive(n, descriptiveHeads),
        placeAlias: places.has(bare) && bare !== a.name,
        acronym: isAcronym(bare),
      });
    }
    for (const r of a.roles)
      for (const d of r.descriptions)
        trie.add(stripThe(d), { type: 'description', actor, ...(r.from && { from: r.from }), ...(r.until && { until: r.until }) });
  }

  for (const g of profile.governments) {
    const actor: KnownActor = {
      key: slugify(g.name),
      name: g.name,
      kind: 'organization',
      side: g.side,
      media: false,
      titleMentions: false,
      government: true,
      roles: [],
      nameWords: new Set(),
    };
    actors.push(actor);
    for (const m of g.metonyms) {
      trie.add(stripThe(m), { type: 'metonym', actor });
      metonyms.add(stripThe(m));
    }
    for (const d of g.demonyms) {
      for (const noun of words.data.groupNouns) trie.add(`${d} ${noun}`, { type: 'group', actor, needsThe: false });
      // "the Russians", "the Americans": the plural of a country adjective, with its article.
      if (/^\p{Lu}\p{Ll}+[^sh]$/u.test(d) && !d.endsWith('ch')) trie.add(`${d}s`, { type: 'group', actor, needsThe: true });
    }
  }

  for (const g of words.data.genericDescriptions) {
    const role = g.role ? tokenize(g.role).map((t) => t.key) : null;
    trie.add(stripThe(g.phrase), { type: 'generic', role, media: g.media ?? false, needsThe: true });
  }
  for (const p of words.data.platforms) trie.add(p, { type: 'platform' });

  return { trie, actors, demonymSide, places, metonyms };
}

export type MentionForm = Mention['form'];
