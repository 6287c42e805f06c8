import type { Position } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { extend } from '../../core/extend.js';

/**
 * One position per (side, issue, stance) and document: an article that repeats a stance states it once.
 * The first statement is kept; a stated (unhedged, unconditional) one replaces a hedged one.
 */
export function mergePositions(positions: readonly Position[]): Position[] {
  const kept = new Map<string, Position>();
  const spans = new Map<string, Span[]>();
  for (const p of positions) {
    const k = `${p.side}\u0000${p.issue}\u0000${p.stance}`;
    const prev = kept.get(k);
    if (!prev || ((prev.hedged || prev.conditional) && !p.hedged && !p.conditional)) kept.set(k, p);
    const list = spans.get(k) ?? [];
    if (!list.some((s) => s.start === p.span.start)) list.push(p.span);
    spans.set(k, list);
  }
  return [...kept.entries()]
    .map(([k, p]) => {
      const also = spans.get(k)!.filter((s) => s.start !== p.span.start);
      return also.length ? extend(p, { also }) : p;
    })
    .sort((a, b) => a.span.start - b.span.start);
}
