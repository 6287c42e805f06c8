import type { Profile } from '../../profile/schema.js';
import { tokenize } from './tokens.js';

/** A stable key from a name: "Volodymyr Zelensky" -> "volodymyr-zelensky". */
export const slugify = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^(?=[0-9])/, 'x-') || 'actor';

export const isAcronym = (s: string) => /^[A-Z][A-Z.&-]{1,6}$/.test(s) && s.replace(/[^A-Z]/g, '').length >= 2;
export const stripThe = (s: string) => s.replace(/^the\s+/i, '');

/**
 * A lower-case alias that only describes ("the alliance", "Ukraine's armed forces": a descriptive head
 * noun) refers back to an actor named earlier; it never introduces one. "Russia's foreign ministry" names.
 */
export function isDescriptive(alias: string, heads: Set<string>): boolean {
  const words = tokenize(stripThe(alias)).filter((t) => t.word);
  const last = words[words.length - 1];
  return !!last && !last.cap && heads.has(last.key);
}

/**
 * The surnames of people's full names ("Zelensky" from "Volodymyr Zelensky", "Zelenskiy" from
 * "Volodymyr Zelenskiy"), when no other actor shares them and the name has no particles ("bin", "von").
 */
export function surnameAliases(profile: Profile): Map<string, string[]> {
  const owners = new Map<string, Set<string>>();
  const taken = new Set<string>();
  for (const a of profile.actors) for (const n of [a.name, ...a.aliases]) taken.add(n.toLowerCase());
  for (const a of profile.actors) {
    if (a.kind !== 'person') continue;
    for (const n of [a.name, ...a.aliases]) {
      const parts = n.split(/\s+/);
      const last = parts[parts.length - 1]!;
      if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^\p{Lu}/u.test(p)) || !/^\p{Lu}\p{Ll}{2,}/u.test(last)) continue;
      owners.set(last, (owners.get(last) ?? new Set()).add(a.name));
    }
  }
  const out = new Map<string, string[]>();
  for (const [last, names] of owners) {
    if (names.size !== 1) continue;
    const name = [...names][0]!;
    if (taken.has(last.toLowerCase()) && !profile.actors.find((a) => a.name === name)!.aliases.includes(last)) continue;
    out.set(name, [...(out.get(name) ?? []), last]);
  }
  return out;
}
