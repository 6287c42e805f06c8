import type { Command } from 'commander';
import { actorAliases, listActors } from '../../store/queries/actors.js';
import { formatOption, renderList } from '../format.js';
import { dbOption, positiveInt } from '../options.js';
import { withStore } from '../store.js';

export function registerActors(program: Command): void {
  const cmd = program
    .command('actors')
    .description('list actors found across stored articles, with their side and aliases')
    .option('--side <side>', 'only actors of this side (ukraine, russia, united-states, europe, other)')
    .option('--kind <kind>', 'person or organization')
    .option('--limit <n>', 'at most this many rows', positiveInt, 100)
    .addOption(formatOption());
  dbOption(cmd).action(async (opts) => {
    await withStore(opts.db, async (store) => {
      const actors = await listActors(store.db, { side: opts.side, kind: opts.kind }, { limit: opts.limit, offset: 0 });
      const aliases = await actorAliases(store.db, actors.map((a) => a.key));
      const rows = actors.map((a) => ({ ...a, known: !!a.known, aliases: aliases.get(a.key) ?? [] }));
      process.stdout.write(renderList(rows, opts.format, ['name', 'kind', 'side', 'document_count', 'mention_count', 'aliases']));
    });
  });
}
