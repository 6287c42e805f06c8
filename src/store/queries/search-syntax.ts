/** What users type and what snippets carry: the safe FTS5 query, and marked text turned into highlight offsets. */

/** Text with the matched words marked by offsets, so a client can highlight them without parsing markup. */
export interface Highlighted {
  text: string;
  highlights: Array<{ start: number; end: number }>;
}

// Private-use characters mark matches inside snippets; they never reach a client.
export const OPEN = '\uE000';
export const CLOSE = '\uE001';
const MAX_TERMS = 16;

/** Splits marked snippet text into plain text and highlight offsets (stray markers are dropped). */
export function parseMarked(marked: string): Highlighted {
  let text = '';
  const highlights: Highlighted['highlights'] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === OPEN) open = text.length;
    else if (ch === CLOSE) {
      if (open >= 0 && text.length > open) highlights.push({ start: open, end: text.length });
      open = -1;
    } else text += ch;
  }
  return { text, highlights };
}

/**
 * Turns what a user typed into a safe FTS5 query: quoted phrases stay phrases, other words become
 * quoted terms (so FTS5 operators and syntax errors cannot come from input), `word*` keeps its prefix
 * star; all terms must match. Returns null when nothing searchable is left.
 *
 * @example toFts5Query('Witkoff "peace plan" Kush*') === '"witkoff" "peace plan" "kush"*'
 */
export function toFts5Query(input: string): string | null {
  const terms: string[] = [];
  const re = /"([^"]*)"|([\p{L}\p{N}][\p{L}\p{N}'’-]*)(\*)?/gu;
  for (const m of input.matchAll(re)) {
    if (terms.length >= MAX_TERMS) break;
    if (m[1] !== undefined) {
      const words = m[1].match(/[\p{L}\p{N}]+/gu);
      if (words?.length) terms.push(`"${words.join(' ').toLowerCase()}"`);
    } else if (m[2]) {
      const words = m[2].match(/[\p{L}\p{N}]+/gu) ?? [];
      if (words.length) terms.push(`"${words.join(' ').toLowerCase()}"${m[3] && words.length === 1 ? '*' : ''}`);
    }
  }
  return terms.length ? terms.join(' ') : null;
}
