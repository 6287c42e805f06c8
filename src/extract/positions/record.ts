import type { Position } from '../../core/records.js';
import type { SentenceReading } from '../reading/read.js';
import type { PositionDraft } from './sentence.js';

const MAX_SUMMARY = 200;

/** A draft as a record: the evidence is the whole sentence; the summary is what the cue governs. */
export function toPosition(text: string, r: SentenceReading, d: PositionDraft): Position {
  let summary = text.slice(d.reach.start, d.reach.end).replace(/\s+/g, ' ').trim();
  if (summary.length > MAX_SUMMARY) summary = summary.slice(0, MAX_SUMMARY - 1).trimEnd() + '…';
  const claimedBy = d.speaker && d.speaker.side !== d.holder.side ? d.speaker.side : null;
  return {
    side: d.holder.side,
    issue: d.issue,
    stance: d.stance,
    summary,
    sourceKey: d.speaker?.key ?? null,
    claimedBy,
    hedged: d.hedged,
    conditional: d.conditional,
    span: { ...r.span },
    text: text.slice(r.span.start, r.span.end),
    rule: `position/${d.kind}-${d.basis}`,
  };
}
