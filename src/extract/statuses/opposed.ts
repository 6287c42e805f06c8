import type { Position } from '../../core/records.js';
import type { Span } from '../../core/span.js';

const FOR = new Set(['demand', 'propose']);

/**
 * Issues a sentence shows in dispute without saying so: one side demands or proposes what another side
 * rejects ("His plan calls for Ukraine ceding territory, which Zelensky refuses to do").
 */
export function opposedIssues(positions: readonly Position[], sentence: Span): string[] {
  const here = positions.filter((p) => [p.span, ...(p.also ?? [])].some((s) => s.start === sentence.start));
  const out = new Set<string>();
  for (const a of here)
    if (a.stance === 'reject' && here.some((b) => b.issue === a.issue && b.side !== a.side && FOR.has(b.stance))) out.add(a.issue);
  return [...out];
}
