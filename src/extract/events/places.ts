import type { Span } from '../../core/span.js';
import { phraseRegex } from '../../nlp/patterns.js';
import type { Profile } from '../../profile/schema.js';
import { matchesOf } from '../../nlp/matches.js';

export interface PlaceHit extends Span {
  /** Canonical place name from the profile. */
  name: string;
}

/** The profile's places compiled once: a regex over names and aliases, and each place's parent. */
export interface PlaceIndex {
  find(text: string, within: Span): PlaceHit[];
  /** True when `inner` is `outer` or lies inside it (Hallandale Beach is within Florida). */
  within(inner: string, outer: string): boolean;
}

export function placeIndex(profile: Profile): PlaceIndex {
  const byAlias = new Map<string, string>();
  const parent = new Map<string, string>();
  for (const p of profile.places) {
    for (const n of [p.name, ...p.aliases]) byAlias.set(n.toLowerCase(), p.name);
    if (p.within) parent.set(p.name, p.within);
  }
  // Place names are proper nouns: matched case-sensitively ("the Kremlin", not "kremlin-style").
  const regex = phraseRegex(profile.places.flatMap((p) => [p.name, ...p.aliases]), 'gu');
  return {
    find(text, span) {
      const out: PlaceHit[] = [];
      for (const m of matchesOf(regex, text.slice(span.start, span.end))) {
        const name = byAlias.get(m[0].toLowerCase().replace(/\s+/g, ' '));
        if (name) out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, name });
      }
      return out;
    },
    within(inner, outer) {
      for (let p: string | undefined = inner, n = 0; p && n < 10; p = parent.get(p), n++) if (p === outer) return true;
      return false;
    },
  };
}
