import type { Command } from 'commander';
import { listDocuments, listDuplicateGroups } from '../../store/queries/documents.js';
import { formatOption, renderList } from '../format.js';
import { dbOption, isoDayOption, positiveInt } from '../options.js';
import { withStore } from '../store.js';

export function registerDocs(program: Command): void {
  const cmd = program
    .command('docs')
    .description('list stored documents, or with --dupes the groups of near-duplicate documents (one story each)')
    .option('--dupes', 'list syndicated copies and rewrites grouped as stories')
    .option('--since <YYYY-MM-DD>', 'published on or after', isoDayOption)
    .option('--until <YYYY-MM-DD>', 'published on or before', isoDayOption)
    .option('--outlet <name>', 'only this outlet')
    .option('--limit <n>', 'at most this many rows', positiveInt, 100)
    .addOption(formatOption());
  dbOption(cmd).action(async (opts) => {
    await withStore(opts.db, async (store) => {
      if (opts.dupes) {
        const groups = await listDuplicateGroups(store.db);
        if (opts.format === 'json') return void process.stdout.write(JSON.stringify(groups, null, 2) + '\n');
        const rows = groups.flatMap((g) =>
          g.documents.map((d) => ({ story: g.id, document: d.id, outlet: d.outlet, published: d.published, similarity: d.story_similarity.toFixed(2) })),
        );
        return void process.stdout.write(renderList(rows, opts.format));
      }
      const rows = await listDocuments(store.db, { since: opts.since, until: opts.until, outlet: opts.outlet }, { limit: opts.limit, offset: 0 });
      process.stdout.write(renderList(rows, opts.format, ['id', 'published', 'outlet', 'title', 'story_id']));
    });
  });
}
