import type { Span } from '../../../core/span.js';
import type { Candidate, Refiner } from '../candidate.js';

/** Words that may sit beside the date and time on a page's timestamp line. */
const LABEL = /^(?:published|posted|updated|modified)$/i;
const FURNITURE = /^(?:published|updated|last|posted|modified|first|on|at|ago|and|by|edt|est|gmt|utc|cet|bst|msk)$/i;

/**
 * Drops the page's own timestamp lines ("11:10 AM – Monday, December 8, 2025", "Published: December 9, 2025
 * 11:15am"): a paragraph made only of dates, a clock time and furniture words is metadata about the page,
 * not a time the article talks about; so is "Posted Dec. 11, 2025". A bare dateline ("November 30, 2025")
 * stays.
 */
export function dropTimestampLines(paragraphs: readonly Span[]): Refiner {
  return (candidates, ctx) => {
    const drop = new Set<Candidate>();
    let i = 0;
    for (const p of paragraphs) {
      while (i < candidates.length && candidates[i]!.start < p.start) i++;
      const inside: Candidate[] = [];
      for (let j = i; j < candidates.length && candidates[j]!.end <= p.end; j++) inside.push(candidates[j]!);
      // Timestamp lines are short; a long paragraph is prose.
      if (!inside.length || p.end - p.start > 160) continue;
      let rest = '';
      let at = p.start;
      for (const c of inside) {
        rest += ctx.text.slice(at, c.start) + ' ';
        at = c.end;
      }
      rest += ctx.text.slice(at, p.end);
      const words = rest.match(/\p{L}+/gu) ?? [];
      // A clock time, or a "Published"/"Posted"/"Updated" label, marks the line as the page's own stamp.
      const stamp = inside.some((c) => c.type === 'TIME') || /\d{1,2}:\d{2}/.test(rest) || words.some((w) => LABEL.test(w));
      if (stamp && words.every((w) => FURNITURE.test(w))) for (const c of inside) drop.add(c);
    }
    return drop.size ? candidates.filter((c) => !drop.has(c)) : [...candidates];
  };
}
