import type { Position } from '../../core/records.js';

/**
 * One position per (side, issue, stance) and document: an article that repeats a stance states it once.
 * The first statement is kept; a stated (unhedged, unconditional) one replaces a hedged one.
 */
export function mergePositions(positions: readonly Position[]): Position[] {
  const kept = new Map<string, Position>();
  for (const p of positions) {
    const k = `${p.side}\u0000${p.issue}\u0000${p.stance}`;
    const prev = kept.get(k);
    if (!prev || ((prev.hedged || prev.conditional) && !p.hedged && !p.conditional)) kept.set(k, p);
  }
  return [...kept.values()].sort((a, b) => a.span.start - b.span.start);
}
