import type { OffsetSegments, RemovedSpan } from '../../core/article.js';
import type { NoiseRule, NoiseRules } from './rules.js';

export interface Cleaned {
  text: string;
  segments: OffsetSegments;
  removed: RemovedSpan[];
}

/** Characters that carry no text: zero-width spaces and joiners, BOM, soft hyphen, bidi marks. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u200E\u200F\u202A-\u202E]/g;
/** Longest line a line rule is tried on: scraping noise is short, and this bounds regex work. */
const MAX_RULE_LINE = 600;
/** Longest line inline rules are tried on (a very long paragraph is text, not a caption). */
const MAX_INLINE_LINE = 5000;
/** A footer only starts in the last stretch of the text, so a rule never takes the article with it. */
const FOOTER_TAIL_CHARS = 1500;

/**
 * Removes scraping noise from an article body. The cleaned text is the raw text minus removed
 * stretches (nothing is inserted or rewritten), so `segments` maps every cleaned offset to a raw one.
 */
export function clean(raw: string, rules: NoiseRules): Cleaned {
  const cuts: RemovedSpan[] = [];
  const cut = (start: number, end: number, rule: string) => {
    if (end > start) cuts.push({ span: { start, end }, text: raw.slice(start, end), rule });
  };
  // Once per article, iterated lazily: a hostile body may hold millions of these characters.
  for (const m of raw.matchAll(INVISIBLE)) cut(m.index, m.index + m[0].length, 'clean/invisible');

  const lines = splitLines(raw);
  const footer = findFooter(raw, lines, rules);
  lines.forEach(({ start, end, next }, i) => {
    const text = raw.slice(start, end);
    const line = text.trim();
    if (!line) return;
    if (footer && i >= footer.line) return cut(start, next, footer.rule);
    const whole = line.length <= MAX_RULE_LINE ? lineRule(line, rules) : undefined;
    if (whole) return cut(start, next, whole);
    if (text.length > MAX_INLINE_LINE) return;
    for (const r of rules.inline) {
      if (!applies(r, text)) continue;
      const m = r.regex.exec(text);
      if (m && m[0].length) cut(start + m.index, start + m.index + m[0].length, r.rule);
    }
  });
  return apply(raw, cuts);
}

/** Whether a rule may match this line: its cheap `requires` pattern (when it has one) is found. */
const applies = (r: NoiseRule, line: string): boolean => !r.requires || r.requires.test(line);

/** The rule that removes this whole (trimmed) line, if any. */
function lineRule(line: string, rules: NoiseRules): string | undefined {
  const hit = rules.lines.find((r) => applies(r, line) && r.regex.test(line));
  if (hit) return hit.rule;
  return isMenu(line, rules) ? 'clean/menu' : undefined;
}

/** Every character a menu bar may hold: letters, "&" and "-" in its words, and the separators between them. */
const MENU_CHARS = /^[\p{L}&\-\s|·•/]*$/u;

/** A menu bar: at least `menuMinWords` capitalised words, no sentence punctuation, mostly section names. */
function isMenu(line: string, rules: NoiseRules): boolean {
  // A digit or punctuation mark anywhere makes a word that is not a section name: prose, not split into words.
  if (!MENU_CHARS.test(line)) return false;
  const words = line.split(/[\s|·•/]+/).filter(Boolean);
  if (words.length < rules.menuMinWords || words.length > 40) return false;
  if (!words.every((w) => /^\p{Lu}[\p{L}&-]*$/u.test(w))) return false;
  const known = words.filter((w) => rules.menuWords.has(w.toLowerCase())).length;
  return known * 3 >= words.length * 2;
}

/** The first footer line in the tail of the text: it and everything after it go. */
function findFooter(raw: string, lines: Line[], rules: NoiseRules): { line: number; rule: string } | undefined {
  const from = Math.max(raw.length - FOOTER_TAIL_CHARS, Math.floor(raw.length / 2));
  for (let i = 1; i < lines.length; i++) {
    const { start, end } = lines[i]!;
    if (start < from) continue;
    const line = raw.slice(start, end).trim();
    if (!line || line.length > MAX_RULE_LINE) continue;
    const hit = rules.footers.find((r) => applies(r, line) && r.regex.test(line));
    if (hit) return { line: i, rule: hit.rule };
  }
  return undefined;
}

interface Line {
  start: number;
  /** Before the newline. */
  end: number;
  /** Where the next line starts. */
  next: number;
}

function splitLines(raw: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= raw.length) {
    const nl = raw.indexOf('\n', start);
    const end = nl < 0 ? raw.length : nl;
    out.push({ start, end, next: nl < 0 ? raw.length : nl + 1 });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

/** Applies removals (which may overlap) and builds the offset map. */
function apply(raw: string, cuts: RemovedSpan[]): Cleaned {
  const sorted = [...cuts].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const removed: RemovedSpan[] = [];
  for (const c of sorted) {
    const last = removed.at(-1);
    if (last && c.span.start < last.span.end) {
      if (c.span.end > last.span.end) {
        last.span = { start: last.span.start, end: c.span.end };
        last.text = raw.slice(last.span.start, last.span.end);
      }
    } else removed.push({ ...c });
  }
  const segments: OffsetSegments = [];
  let text = '';
  let pos = 0;
  const keep = (from: number, to: number) => {
    if (to <= from) return;
    segments.push([text.length, from, to - from]);
    text += raw.slice(from, to);
  };
  for (const r of removed) {
    keep(pos, r.span.start);
    pos = r.span.end;
  }
  keep(pos, raw.length);
  return { text, segments, removed };
}

/**
 * Maps an offset in the cleaned text back to the raw text: the raw position of the character at that
 * offset (the end of the raw text for the end of the cleaned text).
 */
export function toRawOffset(segments: OffsetSegments, offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]![0] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return offset;
  const [c, r] = segments[found]!;
  return r + (offset - c);
}

/** Maps a cleaned-text span to the raw text; the end maps from its last character, so no removed text is pulled in. */
export function toRawSpan(segments: OffsetSegments, span: { start: number; end: number }): { start: number; end: number } {
  const start = toRawOffset(segments, span.start);
  return span.end > span.start ? { start, end: toRawOffset(segments, span.end - 1) + 1 } : { start, end: start };
}
