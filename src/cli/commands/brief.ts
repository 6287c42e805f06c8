import type { Command } from 'commander';
import { loadProfileOption } from '../options.js';
import { Lexicon } from '../../nlp/lexicon.js';
import { buildBrief } from '../../resolve/brief.js';
import { briefMarkdown } from '../../resolve/briefMarkdown.js';
import { planVersionReader } from '../../resolve/plans.js';
import { documentTexts, eventRows, positionRows, statusRows } from '../../store/queries/positions.js';
import { formatOption } from '../format.js';
import { dbOption, isoDayOption } from '../options.js';
import { withStore } from '../store.js';
import { UsageError } from '../exit.js';

export function registerBrief(program: Command): void {
  const cmd = program
    .command('brief')
    .description('what changed in a window: positions, proposals, status moves, plan versions, meetings, conflicting claims, with sources')
    .requiredOption('--since <YYYY-MM-DD>', 'first day of the window', isoDayOption)
    .option('--until <YYYY-MM-DD>', 'last day of the window (default: everything stored)', isoDayOption)
    .option('--by <period>', 'period in which different statuses count as conflicting: day or week', 'week')
    .option('--profile <file>', 'negotiation profile for the names of sides and issues')
    .addOption(formatOption(['md', 'json'], 'md'));
  dbOption(cmd).action(async (opts) => {
    if (opts.until && opts.until < opts.since) throw new UsageError(`--until ${opts.until} is before --since ${opts.since}`);
    if (opts.by !== 'day' && opts.by !== 'week') throw new UsageError(`--by must be day or week, got "${opts.by}"`);
    const profile = loadProfileOption(opts);
    const lexicon = Lexicon.load(profile.language);
    await withStore(opts.db, async (store) => {
      const upTo = { until: opts.until };
      const brief = buildBrief(
        {
          positions: await positionRows(store.db, upTo),
          statuses: await statusRows(store.db, upTo),
          events: await eventRows(store.db, upTo),
          plans: planVersionReader(lexicon)(await documentTexts(store.db, upTo)),
        },
        {
          since: opts.since,
          ...(opts.until && { until: opts.until }),
          by: opts.by,
          sideNames: Object.fromEntries(profile.sides.map((s) => [s.id, s.name])),
          issueNames: Object.fromEntries(profile.issues.map((i) => [i.id, i.name])),
        },
      );
      process.stdout.write(opts.format === 'json' ? JSON.stringify(brief, null, 2) + '\n' : briefMarkdown(brief));
    });
  });
}
