import type { EventRow, PositionRow, StatusRow } from '../store/queries/positions.js';
import { dateConflicts, statusConflicts, type ClaimVariant } from './conflicts.js';
import { buildMatrix } from './matrix.js';
import { groupMeetings } from './meetings.js';
import type { Period } from './periods.js';
import type { PlanVersion } from './plans.js';
import { summarizeSources, type SourceSummary } from './sources.js';
import { dominant } from './tally.js';

export type BriefKind =
  | 'position-new'
  | 'position-changed'
  | 'proposal'
  | 'status-new'
  | 'status-moved'
  | 'plan-version'
  | 'meeting-held'
  | 'meeting-planned'
  | 'conflict-status'
  | 'conflict-date';

/** One line of a brief: what happened, when it was first reported, and who reports it. */
export interface BriefLine {
  kind: BriefKind;
  text: string;
  date: string;
  sources: SourceSummary;
  /** Evidence sentences, one per independent report. */
  evidence: { documentId: string; outlet: string | null; date: string; text: string }[];
}

export interface Brief {
  since: string;
  until: string | null;
  positions: BriefLine[];
  proposals: BriefLine[];
  statuses: BriefLine[];
  plans: { sequence: number[]; lines: BriefLine[] };
  meetings: BriefLine[];
  conflicts: BriefLine[];
}

export interface BriefInput {
  positions: readonly PositionRow[];
  statuses: readonly StatusRow[];
  events: readonly EventRow[];
  plans: readonly PlanVersion[];
}

export interface BriefOptions {
  since: string;
  until?: string;
  by?: Period;
  /** Display names of sides and issues (from the profile). */
  sideNames?: Record<string, string>;
  issueNames?: Record<string, string>;
}

const evidenceOf = (rows: readonly { documentId: string; outlet: string | null; date: string; evidence: string; storyId: string }[]) => {
  const seen = new Set<string>();
  return rows
    .filter((r) => !seen.has(r.storyId) && seen.add(r.storyId))
    .map((r) => ({ documentId: r.documentId, outlet: r.outlet, date: r.date, text: r.evidence }));
};

const STANCE_WORDS: Record<string, string> = { demand: 'demands', propose: 'proposes', accept: 'accepts', reject: 'rejects' };

/**
 * What changed between `since` and `until` (inclusive): new or changed positions, new proposals, status moves,
 * plan versions, meetings held and planned, and conflicting claims, each line with its sources. "Before" is
 * everything reported up to the day before `since`.
 */
export function buildBrief(input: BriefInput, opts: BriefOptions): Brief {
  const { since } = opts;
  const until = opts.until ?? null;
  const inWindow = (d: string | null) => !!d && d >= since && (!until || d <= until);
  const side = (s: string) => opts.sideNames?.[s] ?? s;
  const issue = (i: string) => opts.issueNames?.[i] ?? i;
  const before = buildMatrix(
    input.positions.filter((p) => p.date < since),
    input.statuses.filter((s) => s.date < since),
    { by: opts.by ?? 'week' },
  );
  const line = (kind: BriefKind, text: string, rows: PositionRow[] | StatusRow[] | EventRow[]): BriefLine => {
    const sources = summarizeSources(rows);
    return { kind, text, date: sources.first.date, sources, evidence: evidenceOf(rows) };
  };

  const positions: BriefLine[] = [];
  const proposals: BriefLine[] = [];
  const windowPositions = input.positions.filter((p) => inWindow(p.date));
  const cellKeys = [...new Set(windowPositions.map((p) => `${p.side}|${p.issue}`))];
  for (const key of cellKeys) {
    const [s, i] = key.split('|') as [string, string];
    const rows = windowPositions.filter((p) => p.side === s && p.issue === i);
    const now = dominant(rows.map((r) => ({ label: r.stance, weight: r.hedged || r.conditional ? 0.5 : 1, date: r.date })));
    const prior = before.cells.find((c) => c.side === s && c.issue === i);
    const support = rows.filter((r) => r.stance === now);
    if (!prior) positions.push(line('position-new', `${side(s)} ${STANCE_WORDS[now] ?? now} on ${issue(i)} (new)`, support));
    else if (prior.label !== now)
      positions.push(line('position-changed', `${side(s)} on ${issue(i)}: ${prior.label} → ${now} (was ${prior.label} since ${prior.since})`, support));
    // A proposal this side had not made on this issue before, whatever its dominant stance now.
    const proposed = rows.filter((r) => r.stance === 'propose');
    const proposedBefore = input.positions.some((p) => p.date < since && p.side === s && p.issue === i && p.stance === 'propose');
    if (proposed.length && !proposedBefore) proposals.push(line('proposal', `${side(s)} proposes on ${issue(i)}: ${proposed[0]!.summary}`, proposed));
  }

  const statuses: BriefLine[] = [];
  const windowStatuses = input.statuses.filter((s) => inWindow(s.date));
  for (const i of [...new Set(windowStatuses.map((s) => s.issue))]) {
    const rows = windowStatuses.filter((s) => s.issue === i);
    const now = dominant(rows.map((r) => ({ label: r.status, weight: 1, date: r.date })));
    const prior = before.statuses.find((c) => c.issue === i);
    const support = rows.filter((r) => r.status === now);
    if (!prior) statuses.push(line('status-new', `${issue(i)}: ${now}`, support));
    else if (prior.label !== now) statuses.push(line('status-moved', `${issue(i)}: ${prior.label} → ${now}`, support));
  }

  const known = input.plans.filter((v) => !until || v.sources.first.date <= until);
  const plans = {
    sequence: known.map((v) => v.points),
    lines: known
      .filter((v) => inWindow(v.sources.first.date))
      .map((v) => ({
        kind: 'plan-version' as const,
        text: `${v.points}-point version of the plan (${known.map((k) => k.points).join(' → ')})`,
        date: v.sources.first.date,
        sources: v.sources,
        evidence: evidenceOf(v.mentions),
      })),
  };

  const meetings: BriefLine[] = [];
  for (const m of groupMeetings(input.events)) {
    const who = m.participants.length ? ` with ${m.participants.join(', ')}` : '';
    const where = m.place ? ` in ${m.place}` : '';
    const reportedInWindow = m.reports.some((r) => inWindow(r.date));
    // Held in the window, or first reported in it (a meeting the day before the window opened is still news).
    if (m.status === 'held' && (inWindow(m.date) || inWindow(m.sources.first.date))) meetings.push(line('meeting-held', `${m.type}${where}${who} on ${m.date}`, m.reports));
    else if (m.status === 'planned' && reportedInWindow && (!m.date || !until || m.date >= since))
      meetings.push(line('meeting-planned', `${m.type} planned${where}${who}${m.date ? ` for ${m.date}` : ''}`, m.reports));
  }

  const describe = (c: ClaimVariant) => `${c.value} (${c.claimedBy.join(', ')}: ${c.outlets.join(', ')})`;
  const conflicts: BriefLine[] = [];
  for (const c of statusConflicts(windowStatuses, opts.by ?? 'week'))
    conflicts.push({
      kind: 'conflict-status',
      text: `${issue(c.issue)} in ${c.period}: ${c.claims.map(describe).join(' vs ')}`,
      date: c.claims.map((x) => x.sources.first.date).sort()[0]!,
      sources: summarizeSources(windowStatuses.filter((s) => s.issue === c.issue)),
      evidence: evidenceOf(windowStatuses.filter((s) => s.issue === c.issue)),
    });
  const windowEvents = input.events.filter((e) => inWindow(e.date));
  for (const c of dateConflicts(windowEvents, (e) => e.timelineId ?? `${e.type}|${[...e.participants].sort().join(',')}|${e.place ?? ''}`))
    conflicts.push({
      kind: 'conflict-date',
      text: `${c.type} dated differently: ${c.claims.map((x) => `${x.value} (${x.outlets.join(', ')})`).join(' vs ')}`,
      date: c.claims.map((x) => x.sources.first.date).sort()[0]!,
      sources: summarizeSources(windowEvents.filter((e) => c.claims.some((x) => x.sources.documents.includes(e.documentId)))),
      evidence: [],
    });

  const byDate = (a: BriefLine, b: BriefLine) => a.date.localeCompare(b.date) || a.text.localeCompare(b.text);
  return {
    since,
    until,
    positions: positions.sort(byDate),
    proposals: proposals.sort(byDate),
    statuses: statuses.sort(byDate),
    plans: { sequence: plans.sequence, lines: plans.lines.sort(byDate) },
    meetings: meetings.sort(byDate),
    conflicts: conflicts.sort(byDate),
  };
}
