/** Regex helpers for building matchers from word lists in profiles and lexicons. */

export const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Apostrophes vary between outlets; match any of them where a word list has one. */
const flexibleApostrophes = (s: string): string => s.replace(/['’ʼ]/g, "['’ʼ]");

/**
 * One alternation of phrases, longest first so "security guarantees" wins over "security".
 * Spaces match any run of spaces; apostrophes match any apostrophe.
 */
export function alternation(phrases: readonly string[]): string {
  const unique = [...new Set(phrases.filter((p) => p.trim()))].sort((a, b) => b.length - a.length);
  return unique.map((p) => flexibleApostrophes(escapeRegex(p.trim())).replace(/\s+/g, '\\s+')).join('|');
}

/** A global regex matching any phrase as whole words. Never empty: with no phrases it matches nothing. */
export function phraseRegex(phrases: readonly string[], flags = 'giu'): RegExp {
  const body = alternation(phrases);
  if (!body) return /(?!)/gu;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags);
}
