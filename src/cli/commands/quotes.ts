import type { Command } from 'commander';
import { listQuotes } from '../../store/queries/quotes.js';
import { formatOption, renderList } from '../format.js';
import { dbOption, isoDayOption, positiveInt } from '../options.js';
import { withStore } from '../store.js';

export function registerQuotes(program: Command): void {
  const cmd = program
    .command('quotes')
    .description('list stored quotes with their speakers; the same words reported by several outlets are one row')
    .option('--speaker <name>', 'only quotes by this speaker (part of the name, or the actor key)')
    .option('--side <side>', "only quotes whose speaker speaks for this side (ukraine, russia, united-states, europe, other)")
    .option('--since <YYYY-MM-DD>', 'reported on or after', isoDayOption)
    .option('--until <YYYY-MM-DD>', 'reported on or before', isoDayOption)
    .option('--search <text>', 'only quotes containing these words')
    .option('--limit <n>', 'at most this many quotes', positiveInt, 100)
    .addOption(formatOption());
  dbOption(cmd).action(async (opts) => {
    await withStore(opts.db, async (store) => {
      const groups = await listQuotes(
        store.db,
        { speaker: opts.speaker, side: opts.side, since: opts.since, until: opts.until, search: opts.search },
        { limit: opts.limit, offset: 0 },
      );
      if (opts.format === 'json') return void process.stdout.write(JSON.stringify(groups, null, 2) + '\n');
      const rows = groups.map((g) => ({
        first_published: g.first_published,
        speaker: g.speaker ?? '',
        side: g.side ?? '',
        quote: g.text,
        sources: g.source_count,
        outlets: [...new Set(g.sources.map((s) => s.outlet ?? s.document_id))].join('; '),
        documents: g.sources.map((s) => s.document_id).join('; '),
      }));
      const columns = ['first_published', 'speaker', 'side', 'quote', 'sources', 'outlets'];
      process.stdout.write(renderList(rows, opts.format, opts.format === 'csv' ? [...columns, 'documents'] : columns));
    });
  });
}
