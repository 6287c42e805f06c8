import type { Command } from 'commander';
import { loadProfileOption } from '../options.js';
import { buildMatrix } from '../../resolve/matrix.js';
import { matrixGrid, matrixJson, matrixRows } from '../../resolve/matrixView.js';
import { positionRows, statusRows } from '../../store/queries/positions.js';
import { formatOption, renderList } from '../format.js';
import { dbOption, isoDayOption } from '../options.js';
import { withStore } from '../store.js';
import { UsageError } from '../exit.js';

/** A Markdown table. */
const markdown = (header: string[], rows: string[][]) =>
  [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`)].join('\n') + '\n';

export function registerPositions(program: Command): void {
  const cmd = program
    .command('positions')
    .description("each side's latest stance on each issue and each issue's status, as of a day, with change points and sources")
    .option('--issue <issue>', 'only this issue (a profile issue id, e.g. territory)')
    .option('--side <side>', 'only this side (ukraine, russia, united-states, europe, other)')
    .option('--at <YYYY-MM-DD>', 'as reported up to this day (default: everything stored)', isoDayOption)
    .option('--by <period>', 'period of the change points: day or week', 'week')
    .option('--profile <file>', 'negotiation profile for the order and names of sides and issues')
    .addOption(formatOption(['table', 'json', 'csv', 'md']));
  dbOption(cmd).action(async (opts) => {
    if (opts.by !== 'day' && opts.by !== 'week') throw new UsageError(`--by must be day or week, got "${opts.by}"`);
    const profile = loadProfileOption(opts);
    await withStore(opts.db, async (store) => {
      const filter = { issue: opts.issue, side: opts.side, until: opts.at };
      const m = buildMatrix(await positionRows(store.db, filter), await statusRows(store.db, { issue: opts.issue, until: opts.at }), {
        ...(opts.at && { at: opts.at }),
        by: opts.by,
        sides: profile.sides.map((s) => s.id).concat('other'),
        issues: profile.issues.map((i) => i.id),
      });
      if (opts.format === 'json') return void process.stdout.write(JSON.stringify(matrixJson(m), null, 2) + '\n');
      if (opts.format === 'csv') return void process.stdout.write(renderList(matrixRows(m), 'csv'));
      const names = Object.fromEntries(profile.sides.map((s) => [s.id, s.name]));
      const grid = matrixGrid(m, names);
      if (opts.format === 'md') return void process.stdout.write(markdown(grid.header, grid.rows));
      if (!grid.rows.length) return void process.stdout.write('(no positions stored)\n');
      const rows = grid.rows.map((r) => Object.fromEntries(grid.header.map((h, i) => [h, r[i]])));
      process.stdout.write(renderList(rows, 'table', grid.header));
    });
  });
}
