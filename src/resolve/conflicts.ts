import type { EventRow, StatusRow } from '../store/queries/positions.js';
import { byPeriod, type Period } from './periods.js';
import { outletOf, summarizeSources, type SourceSummary } from './sources.js';

export interface ClaimVariant {
  value: string;
  claimedBy: string[];
  outlets: string[];
  sources: SourceSummary;
}

/** Different statuses for one issue in one period, each with who claims it. */
export interface StatusConflict {
  issue: string;
  period: string;
  claims: ClaimVariant[];
}

/** Different dates for one event, each with the outlets that give it. */
export interface DateConflict {
  event: string;
  type: string;
  claims: ClaimVariant[];
}

function variants<R extends StatusRow | EventRow>(rows: R[], valueOf: (r: R) => string): ClaimVariant[] {
  const groups = new Map<string, R[]>();
  for (const r of rows) groups.set(valueOf(r), [...(groups.get(valueOf(r)) ?? []), r]);
  return [...groups].map(([value, rs]) => ({
    value,
    claimedBy: [...new Set(rs.map((r) => ('claimedBy' in r ? r.claimedBy : null) ?? 'narrator'))],
    outlets: [...new Set(rs.map(outletOf))],
    sources: summarizeSources(rs),
  }));
}

/**
 * Two statuses disagree when a side claims one that another side does not ("agreed", says Ukraine; "95% ready",
 * says the US), or when outlets that name themselves report different ones. The narrator's word alone is not a side.
 */
function disagree(a: ClaimVariant, b: ClaimVariant, rows: readonly StatusRow[]): boolean {
  const named = (c: ClaimVariant) => c.claimedBy.filter((x) => x !== 'narrator');
  const sidesA = named(a);
  const sidesB = named(b);
  if (sidesA.some((x) => !sidesB.includes(x)) && sidesB.some((x) => !sidesA.includes(x))) return true;
  const outlets = (c: ClaimVariant) => new Set(rows.filter((r) => r.status === c.value && r.outlet).map((r) => r.outlet!));
  const oa = outlets(a);
  const ob = outlets(b);
  return oa.size > 0 && ob.size > 0 && [...oa].every((o) => !ob.has(o));
}

/**
 * Periods in which one issue is given different statuses by different claimers or outlets ("agreed", says
 * Zelensky; "95% ready", says Trump). Both claims are kept; nothing is resolved.
 */
export function statusConflicts(rows: readonly StatusRow[], by: Period): StatusConflict[] {
  const out: StatusConflict[] = [];
  for (const { period, items } of byPeriod(rows, by)) {
    const claims = variants(items, (r) => r.status);
    if (claims.some((a) => claims.some((b) => a !== b && disagree(a, b, items)))) out.push({ issue: items[0]!.issue, period, claims });
  }
  return out;
}

/** Events (one timeline entry, or one type, place and participants) given different dates by different reports. */
export function dateConflicts(rows: readonly EventRow[], keyOf: (r: EventRow) => string): DateConflict[] {
  const groups = new Map<string, EventRow[]>();
  for (const r of rows) if (r.eventDate) groups.set(keyOf(r), [...(groups.get(keyOf(r)) ?? []), r]);
  const out: DateConflict[] = [];
  for (const [event, rs] of groups) {
    const claims = variants(rs, (r) => r.eventDate!);
    if (claims.length > 1) out.push({ event, type: rs[0]!.type, claims });
  }
  return out;
}
