import type { Candidate, Parser, TimexContext } from './candidate.js';
import { matchesOf } from '../../nlp/matches.js';

/** Characters a window reaches before and after a trigger: more than any optional prefix or suffix. */
const BACK = 64;
const FORWARD = 48;
/** How far a window edge may move to reach whitespace (text without spaces must not make windows grow). */
const WIDEN = 24;

/** `/\s/` on one UTF-16 unit, without making a one-character string per step. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Stretches of the text worth parsing: windows around each trigger match, widened to whitespace so that
 * word-boundary lookbehinds at a window's start see what they would see in the whole text, then merged.
 */
export function windows(text: string, trigger: RegExp): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of matchesOf(trigger, text)) {
    let start = Math.max(0, m.index - BACK);
    for (let k = 0; k < WIDEN && start > 0 && !isSpace(text.charCodeAt(start - 1)); k++) start--;
    let end = Math.min(text.length, m.index + m[0].length + FORWARD);
    for (let k = 0; k < WIDEN && end < text.length && !isSpace(text.charCodeAt(end)); k++) end++;
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/**
 * Runs a parser over the text. A parser with a trigger (a cheap regex for the words it cannot do without)
 * only runs its full pattern in windows around the triggers: most of an article holds no time words.
 */
export function scan(parser: Parser, ctx: TimexContext): Candidate[] {
  const out: Candidate[] = [];
  const spans: Array<[number, number]> = parser.trigger ? windows(ctx.text, parser.trigger) : [[0, ctx.text.length]];
  for (const [start, end] of spans) {
    const chunk = start === 0 && end === ctx.text.length ? ctx.text : ctx.text.slice(start, end);
    for (const m of matchesOf(parser.pattern, chunk)) {
      m.index += start;
      const c = parser.extract(m as RegExpExecArray, ctx);
      if (c && c.end > c.start) out.push(c);
    }
  }
  return out;
}
