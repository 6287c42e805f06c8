import { alternation } from '../../nlp/patterns.js';
import type { Profile } from '../../profile/schema.js';
import { matchesOf } from '../../nlp/matches.js';

/** Words that may stand between the names in a list of sides ("Russian, US, and Ukrainian delegations"). */
const FILLER = 'the|of|from|delegations?|officials|representatives|negotiators|teams?|sides?|governments?|leaders';
const SEPARATOR = '(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*[-–/]\\s*|\\s+)';

export interface GovernmentLists {
  /** Government actor keys listed right around a trigger: "talks between Russia, the US and Ukraine". */
  around(text: string, trigger: { start: number; end: number }, clause: { start: number; end: number }): string[];
  /** Governments named as the owner right before a noun: "the U.S. proposal", "US-drafted peace plan". */
  owner(text: string, trigger: { start: number }, from: number): string[];
  /** The government whose forces act right before a trigger: "Russian air strikes", "Russian forces have captured". */
  forces(text: string, trigger: { start: number }, from: number): string[];
  /** The government's canonical name for a key. */
  nameOf(key: string): string | undefined;
}

/**
 * Lists of governments that the actors stage may not split into mentions: "Russia-US-Ukraine negotiations",
 * "US-Ukrainian talks", "talks between Russian, US, and Ukrainian delegations". Names and adjectives come
 * from the profile's governments; a key is the slug of the government's name, as the actors stage makes it.
 */
export function governmentLists(profile: Profile): GovernmentLists {
  const keyOf = new Map<string, string>();
  const names = new Map(profile.governments.map((g) => [slug(g.name), g.name]));
  for (const g of profile.governments) for (const w of [...g.metonyms, ...g.demonyms]) keyOf.set(norm(w), slug(g.name));
  const item = `(?:${alternation([...keyOf.keys()].map((k) => profileCase(profile, k)))})`;
  const list = `(?:(?:${item}|${FILLER})${SEPARATOR}?){1,12}`;
  // A list of sides ends before a title or a name: "with Russian President Vladimir Putin" lists no side.
  const after = new RegExp(`^\\s+(?:between|with|involving|among)\\s+(${list})(?![\\p{L}])(?!\\s*\\p{Lu})`, 'u');
  const before = new RegExp(`(?<![\\p{L}\\p{N}])(${list})$`, 'u');
  const owner = new RegExp(
    `(?<![\\p{L}\\p{N}])(${item})(?:['’]s)?(?:-(?:led|backed|brokered|drafted|proposed|authored))?(?:\\s+(?:new|latest|revised|updated|initial|original|draft|own|peace|[\\d-]+-point))*\\s+$`,
    'u',
  );
  const forces = new RegExp(
    `(?<![\\p{L}\\p{N}])(${item})(?:['’]s)?\\s+(?:(?:(?:armed\\s+)?forces|troops|army|military|air\\s+force|navy|artillery|drones?|missiles?)(?:\\s+and\\s+(?:drones|missiles|rockets|artillery))?\\s+)?(?:(?:have|has|had)\\s+)?(?:\\p{Ll}+ly\\s+)?(?:(?:heavy|massive|fresh|new|overnight|deadly|large-scale|air|drone|missile)\\s+){0,2}$`,
    'u',
  );
  const items = new RegExp(`(?<![\\p{L}\\p{N}])${item}(?![\\p{L}\\p{N}])`, 'gu');
  const keys = (s: string): string[] => matchesOf(items, s).map((m) => keyOf.get(norm(m[0]))!).filter(Boolean);
  return {
    around(text, t, clause) {
      const out: string[] = [];
      const a = after.exec(text.slice(t.end, Math.min(clause.end, t.end + 120)));
      if (a) out.push(...keys(a[1]!));
      const b = before.exec(text.slice(Math.max(clause.start, t.start - 70), t.start).replace(/\s+$/, ''));
      if (b) out.push(...keys(b[1]!));
      return [...new Set(out)];
    },
    nameOf: (key) => names.get(key),
    forces(text, t, from) {
      const m = forces.exec(text.slice(Math.max(from, t.start - 60), t.start));
      return m ? keys(m[1]!) : [];
    },
    owner(text, t, from) {
      const m = owner.exec(text.slice(Math.max(from, t.start - 60), t.start));
      return m ? keys(m[1]!) : [];
    },
  };
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
/** The original spelling of a lower-cased name (names match case-sensitively: "US" is not "us"). */
const profileCase = (profile: Profile, lower: string) =>
  profile.governments.flatMap((g) => [...g.metonyms, ...g.demonyms]).find((w) => norm(w) === lower) ?? lower;

export const slug = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
