/**
 * `s.toLowerCase()`, returning `s` itself when it has no upper-case ASCII letter and no non-ASCII character
 * (most words of an English article). The built-in costs ~90 ns a call even then; the tokenizers call it on
 * every word.
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return s.toLowerCase();
  }
  return s;
}
