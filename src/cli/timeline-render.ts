import type { TimelineEntry } from '../store/queries/timeline.js';

const when = (e: TimelineEntry) => e.date ?? e.period ?? `(undated, reported ${e.firstReported})`;
const outlets = (e: TimelineEntry) => [...new Set(e.sources.map((s) => s.outlet ?? s.documentId))];

/** One row per timeline event for `--format table` and `csv`. */
export function timelineRows(entries: readonly TimelineEntry[]): Record<string, unknown>[] {
  return entries.map((e) => ({
    date: when(e),
    type: e.type,
    status: e.status,
    place: e.place,
    participants: e.participants.join(', '),
    sources: e.sourceCount,
    reports: e.sources.length,
    outlets: outlets(e).join(', '),
    conflict: e.dateConflict ? `dates differ: ${e.dates.join(' / ')}` : '',
  }));
}

/** A Markdown chronicle: one section per event, its sources and the sentences that tell it. */
export function timelineMarkdown(entries: readonly TimelineEntry[]): string {
  const out = ['# Timeline', ''];
  for (const e of entries) {
    out.push(`## ${when(e)} — ${e.type}${e.place ? ` in ${e.place}` : ''}${e.status !== 'held' ? ` (${e.status})` : ''}`, '');
    if (e.participants.length) out.push(`Participants: ${e.participants.join(', ')}`, '');
    if (e.dateConflict) out.push(`**Sources give different dates:** ${e.dates.join(', ')}`, '');
    out.push(`Sources (${e.sourceCount}):`, '');
    for (const s of e.sources) {
      const head = [s.outlet ?? s.documentId, s.title, s.published].filter(Boolean).join(', ');
      out.push(`- ${s.url ? `[${head}](${s.url})` : head}${s.date && s.date !== e.date ? ` — gives ${s.date}` : ''}`);
      for (const ev of s.evidence) out.push(`  > ${ev.text.replace(/\s+/g, ' ')}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** RFC 5545 text: backslash, semicolon, comma and newlines escaped. */
const icsText = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
/** Folds a content line at 75 octets (continuation lines start with a space). */
function fold(line: string): string {
  const parts: string[] = [];
  let rest = line;
  while (Buffer.byteLength(rest) > 75) {
    let n = 75;
    while (Buffer.byteLength(rest.slice(0, n)) > 75 || /[\uDC00-\uDFFF]/.test(rest[n] ?? '')) n--;
    parts.push(rest.slice(0, n));
    rest = ' ' + rest.slice(n);
  }
  parts.push(rest);
  return parts.join('\r\n');
}
const day = (d: string) => d.replace(/-/g, '');
const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const ICS_STATUS: Record<string, string> = { held: 'CONFIRMED', planned: 'TENTATIVE', cancelled: 'CANCELLED' };

/** An iCalendar file with one all-day event per dated timeline event (undated events have no place in it). */
export function timelineIcs(entries: readonly TimelineEntry[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Parley//Timeline//EN', 'CALSCALE:GREGORIAN'];
  for (const e of entries) {
    if (!e.date) continue;
    const description = [
      e.dateConflict ? `Sources give different dates: ${e.dates.join(', ')}` : '',
      ...e.sources.map((s) => `${[s.outlet ?? s.documentId, s.title, s.published].filter(Boolean).join(', ')}${s.url ? ` <${s.url}>` : ''}`),
    ].filter(Boolean);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.id}@parley`,
      `DTSTAMP:${day(e.lastReported ?? e.firstReported)}T000000Z`,
      `DTSTART;VALUE=DATE:${day(e.date)}`,
      `DTEND;VALUE=DATE:${day(nextDay(e.date))}`,
      fold(`SUMMARY:${icsText(`${e.type}: ${e.participants.slice(0, 5).join(', ')}`)}`),
      ...(e.place ? [fold(`LOCATION:${icsText(e.place)}`)] : []),
      fold(`DESCRIPTION:${icsText(description.join('\n'))}`),
      `STATUS:${ICS_STATUS[e.status] ?? 'CONFIRMED'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.join('\r\n') + '\r\n';
}
