import type { Command } from 'commander';
import { rebuildTimeline, timelineOptions } from '../../resolve/timeline.js';
import { listTimeline } from '../../store/queries/timeline.js';
import { UsageError } from '../exit.js';
import { formatOption, renderList } from '../format.js';
import { dbOption, isoDayOption, loadProfileOption, positiveInt } from '../options.js';
import { withStore } from '../store.js';
import { timelineIcs, timelineMarkdown, timelineRows } from '../timeline-render.js';

const TYPES = ['meeting', 'call', 'visit', 'proposal', 'attack', 'agreement', 'exchange'];

export function registerTimeline(program: Command): void {
  const cmd = program
    .command('timeline')
    .description('events merged across stored articles, each once with all its sources; conflicting dates are flagged')
    .option('--since <YYYY-MM-DD>', 'events on or after this day', isoDayOption)
    .option('--until <YYYY-MM-DD>', 'events on or before this day', isoDayOption)
    .option('--actor <actor>', 'only events with this participant (name, alias or key)')
    .option('--type <type>', `only this event type (${TYPES.join(', ')})`)
    .option('--limit <n>', 'at most this many events', positiveInt, 500)
    .option('--rebuild', 'merge every stored report again before listing (after a profile or extractor change)')
    .option('--profile <file>', 'negotiation profile for --rebuild (its place tree)')
    .addOption(formatOption(['table', 'json', 'csv', 'md', 'ics']));
  dbOption(cmd).action(async (opts) => {
    if (opts.type && !TYPES.includes(opts.type)) throw new UsageError(`unknown event type "${opts.type}" (types: ${TYPES.join(', ')})`);
    await withStore(opts.db, async (store) => {
      if (opts.rebuild) await rebuildTimeline(store.db, timelineOptions(loadProfileOption(opts)));
      const entries = await listTimeline(store.db, { since: opts.since, until: opts.until, actor: opts.actor, type: opts.type }, { limit: opts.limit, offset: 0 });
      if (opts.format === 'md') process.stdout.write(timelineMarkdown(entries));
      else if (opts.format === 'ics') process.stdout.write(timelineIcs(entries));
      else if (opts.format === 'json') process.stdout.write(JSON.stringify(entries, null, 2) + '\n');
      else process.stdout.write(renderList(timelineRows(entries), opts.format));
    });
  });
}
