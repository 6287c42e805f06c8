import type { Command } from 'commander';
import { listActors } from '../../store/queries/actors.js';
import { counts } from '../../store/queries/documents.js';
import { dbOption } from '../options.js';
import { withStore } from '../store.js';

export function registerReport(program: Command): void {
  const cmd = program.command('report').description('short summary of the store: documents, outlets, stories, top actors by side');
  dbOption(cmd).action(async (opts) => {
    await withStore(opts.db, async (store) => {
      const c = await counts(store.db);
      const lines = [`${c.documents} documents, ${c.outlets} outlets, ${c.stories} stories in ${store.location}`, 'top actors by side:'];
      const sides = await store.db.selectFrom('actors').select('side').distinct().orderBy('side').execute();
      for (const { side } of sides) {
        const top = await listActors(store.db, { side }, { limit: 5, offset: 0 });
        lines.push(`  ${side.padEnd(14)} ${top.map((a) => `${a.name} (${a.document_count})`).join(', ')}`);
      }
      process.stdout.write(lines.join('\n') + '\n');
    });
  });
}
