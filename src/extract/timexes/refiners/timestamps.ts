import type { Span } from '../../../core/span.js';
import type { Candidate, Refiner } from '../candidate.js';

/** Words that may sit beside the date and time on a page's timestamp line. */
const FURNITURE = /^(?:published|updated|last|posted|modified|first|on|at|ago|and|by|edt|est|gmt|utc|cet|bst|msk)$/i;

/**
 * Drops the page's own timestamp lines ("11:10 AM – Monday, December 8, 2025", "Published: December 9, 2025
 * 11:15am"): a paragraph made only of dates, a clock time and furniture words is metadata about the page,
 * not a time the article talks about. A dateline without a clock time ("November 30, 2025") stays.
 */
export function dropTimestampLines(paragraphs: readonly Span[]): Refiner {
  return (candidates, ctx) => {
    const drop = new Set<number>();
    for (const p of paragraphs) {
      const inside = candidates.filter((c) => c.start >= p.start && c.end <= p.end);
      if (!inside.length) continue;
      let rest = ctx.text.slice(p.start, p.end);
      for (const c of [...inside].sort((a, b) => b.start - a.start)) rest = rest.slice(0, c.start - p.start) + ' ' + rest.slice(c.end - p.start);
      const clock = inside.some((c) => c.type === 'TIME') || /\d{1,2}:\d{2}/.test(rest);
      const words = rest.match(/\p{L}+/gu) ?? [];
      if (clock && words.every((w) => FURNITURE.test(w))) for (const c of inside) drop.add(c.start);
    }
    return candidates.filter((c: Candidate) => !drop.has(c.start));
  };
}
