import { z } from 'zod';
import type { IssueStatus } from '../../core/records.js';
import type { Lexicon } from '../../nlp/lexicon.js';
import { escapeRegex } from '../../nlp/patterns.js';
import { phraseFinder, type Hit, type PhraseFinder } from '../reading/phrases.js';
import type { Span } from '../../core/span.js';

const words = z.array(z.string().min(1)).default([]);
const STATUSES = ['agreed', 'close', 'disputed', 'deferred'] as const;
const statusOrNull = z.enum(STATUSES).nullable();

/** `lexicons/<lang>/status.yaml` (see the comments there). */
export const StatusSchema = z.object({
  agreed: words,
  close: words,
  disputed: words,
  deferred: words,
  negators: words,
  negated: z.object({ agreed: statusOrNull, close: statusOrNull, disputed: statusOrNull, deferred: statusOrNull }).partial().default({}),
});

export interface StatusCues {
  find: (text: string, within: Span) => Hit<IssueStatus>[];
  negators: PhraseFinder<true>;
  negated: (s: IssueStatus) => IssueStatus | null;
}

/**
 * Compiles the status lexicon. Entries that start with "%" follow a number ("95% ready") and cannot use
 * whole-word matching at their start, so they get their own regex.
 */
export function compileStatusCues(lexicon: Lexicon): StatusCues {
  const lex = lexicon.section('status', StatusSchema);
  const plain: [string, IssueStatus][] = [];
  const percent: [string, IssueStatus][] = [];
  for (const s of STATUSES) for (const w of lex[s]) (w.startsWith('%') ? percent : plain).push([w, s]);
  const words = phraseFinder(plain);
  const pct = percent.length
    ? new RegExp(`(?<=\\d) ?(?:${percent.map(([w]) => escapeRegex(w.trim()).replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'giu')
    : null;
  const pctValue = new Map(percent.map(([w, s]) => [w.replace(/\s+/g, ' ').toLowerCase(), s]));
  const negatedMap: Partial<Record<IssueStatus, IssueStatus | null>> = lex.negated;
  return {
    find(text, within) {
      const out = words(text, within);
      if (pct) {
        for (const m of text.slice(within.start, within.end).matchAll(pct)) {
          const value = pctValue.get(m[0].trim().replace(/\s+/g, ' ').toLowerCase());
          const start = within.start + m.index;
          if (value) out.push({ start, end: start + m[0].length, value, text: m[0] });
        }
        out.sort((a, b) => a.start - b.start);
      }
      return out;
    },
    negators: phraseFinder(lex.negators.map((w) => [w, true as const])),
    negated: (s) => (s in negatedMap ? (negatedMap[s] ?? null) : null),
  };
}
