import type { Brief, BriefLine } from './brief.js';
import { describeSources } from './sources.js';

const bullet = (l: BriefLine) => `- ${l.text} — ${describeSources(l.sources)}`;

/** The brief as Markdown: one section per kind of change, each line with its sources. */
export function briefMarkdown(b: Brief): string {
  const out = [`# What changed ${b.since}${b.until ? ` to ${b.until}` : ' onwards'}`, ''];
  const section = (title: string, lines: BriefLine[], empty = 'Nothing new.') => {
    out.push(`## ${title}`, '', ...(lines.length ? lines.map(bullet) : [empty]), '');
  };
  section('Positions', b.positions);
  section('New proposals', b.proposals);
  section('Issue status', b.statuses);
  out.push('## Plan versions', '', b.plans.sequence.length ? `Versions so far: ${b.plans.sequence.join(' → ')} points.` : 'No plan versions reported.', '');
  out.push(...b.plans.lines.map(bullet), ...(b.plans.lines.length ? [''] : []));
  section('Meetings held and planned', b.meetings);
  section('Conflicting claims', b.conflicts, 'None.');
  return out.join('\n').trimEnd() + '\n';
}
