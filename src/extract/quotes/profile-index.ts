import type { Profile, ProfileActor } from '../../profile/schema.js';

/** A profile actor or government as a speaker can resolve to. */
export interface KnownActor {
  key: string;
  name: string;
  media: boolean;
  person: boolean;
}

/** Lower-cased names, aliases, role descriptions and metonyms of the profile, built once per pipeline. */
export interface ProfileIndex {
  byName: Map<string, KnownActor>;
  /** Role descriptions ("the Ukrainian leader"), valid between `from` and `until` (YYYY-MM-DD). */
  descriptions: Map<string, Array<{ actor: KnownActor; from?: string; until?: string }>>;
  /** Place names: a capitalised word that names a place is not a person. */
  places: Set<string>;
  /** A person's surname alone ("Zelensky"), when only one profile person has it. */
  bySurname: Map<string, KnownActor>;
}

export const slug = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');

const norm = (s: string) => s.toLowerCase().replace(/[’ʼ]/g, "'").replace(/\s+/g, ' ').replace(/^the /, '').trim();

export const actorKey = (a: Pick<ProfileActor, 'id' | 'name'>): string => a.id ?? slug(a.name);

export function profileIndex(profile: Profile): ProfileIndex {
  const byName = new Map<string, KnownActor>();
  const descriptions: ProfileIndex['descriptions'] = new Map();
  for (const g of profile.governments) {
    const actor = { key: slug(g.name), name: g.name, media: false, person: false };
    for (const n of [g.name, ...g.metonyms]) if (!byName.has(norm(n))) byName.set(norm(n), actor);
  }
  for (const a of profile.actors) {
    const actor = { key: actorKey(a), name: a.name, media: a.media, person: a.kind === 'person' };
    for (const n of [a.name, ...a.aliases]) byName.set(norm(n), actor);
    for (const r of a.roles) {
      for (const d of r.descriptions) {
        const list = descriptions.get(norm(d)) ?? [];
        list.push({ actor, ...(r.from && { from: r.from }), ...(r.until && { until: r.until }) });
        descriptions.set(norm(d), list);
      }
    }
  }
  const places = new Set(profile.places.flatMap((p) => [p.name, ...p.aliases]).map(norm));
  const bySurname = new Map<string, KnownActor>();
  const clash = new Set<string>();
  for (const a of profile.actors) {
    if (a.kind !== 'person') continue;
    for (const n of [a.name, ...a.aliases]) {
      const last = norm(n).split(' ').at(-1)!;
      const prev = bySurname.get(last);
      if (prev && prev.name !== a.name) clash.add(last);
      else bySurname.set(last, { key: actorKey(a), name: a.name, media: a.media, person: true });
    }
  }
  for (const c of clash) bySurname.delete(c);
  return { byName, descriptions, places, bySurname };
}

/** The profile actor a name or metonym refers to ("Zelenskiy", "the Kremlin", "Kyiv"). */
export const lookupName = (index: ProfileIndex, name: string): KnownActor | undefined =>
  index.byName.get(norm(name)) ?? (name.includes(' ') ? undefined : index.bySurname.get(norm(name)));

/** The holder of a role description on a given day ("the Ukrainian leader" -> Volodymyr Zelensky). */
export function lookupDescription(index: ProfileIndex, description: string, day: string): KnownActor | undefined {
  const list = index.descriptions.get(norm(description));
  return list?.find((d) => (!d.from || d.from <= day) && (!d.until || day <= d.until))?.actor;
}
