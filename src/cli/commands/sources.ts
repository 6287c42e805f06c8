import type { Command } from 'commander';
import { eventClaims, positionClaims, statusClaims, type Claim } from '../../resolve/claims.js';
import { framingMarkers } from '../../resolve/framing.js';
import { Lexicon } from '../../nlp/lexicon.js';
import { eventRows, outletRows, positionRows, statusRows } from '../../store/queries/positions.js';
import { formatOption, renderList } from '../format.js';
import { dbOption, isoDayOption, loadProfileOption } from '../options.js';
import { withStore } from '../store.js';
import { UsageError } from '../exit.js';

const KINDS = ['position', 'status', 'event'];

export function registerSources(program: Command): void {
  const cmd = program
    .command('sources')
    .description('who reports each claim (outlets, first report, independent reports, conflicts), or with --outlets the framing of each outlet')
    .option('--kind <kind>', 'position, status or event (default: all)')
    .option('--issue <issue>', 'only this issue')
    .option('--side <side>', 'only positions of this side')
    .option('--since <YYYY-MM-DD>', 'reported on or after', isoDayOption)
    .option('--until <YYYY-MM-DD>', 'reported on or before', isoDayOption)
    .option('--outlets', 'list outlets with their framing markers (Kiev vs Kyiv, Donbass, "the regime")')
    .option('--profile <file>', 'negotiation profile (for its language)')
    .addOption(formatOption());
  dbOption(cmd).action(async (opts) => {
    if (opts.kind && !KINDS.includes(opts.kind)) throw new UsageError(`--kind must be one of ${KINDS.join(', ')}, got "${opts.kind}"`);
    await withStore(opts.db, async (store) => {
      if (opts.outlets) {
        const markers = framingMarkers(Lexicon.load(loadProfileOption(opts).language));
        const rows = (await outletRows(store.db)).map((o) => ({
          outlet: o.name,
          documents: o.document_count,
          first_published: o.first_published,
          framing: markers
            .filter((m) => o.framing[m.id])
            .map((m) => `${m.id} ${o.framing[m.id]}${m.versus ? `/${m.versus} ${o.framing[m.versus] ?? 0}` : ''}`)
            .join(', '),
          ...(opts.format === 'json' && { markers: o.framing }),
        }));
        return void process.stdout.write(renderList(rows, opts.format, ['outlet', 'documents', 'first_published', 'framing']));
      }
      const window = { since: opts.since, until: opts.until };
      const claims: Claim[] = [];
      if (!opts.kind || opts.kind === 'position') claims.push(...positionClaims(await positionRows(store.db, { ...window, issue: opts.issue, side: opts.side })));
      if (!opts.kind || opts.kind === 'status') claims.push(...statusClaims(await statusRows(store.db, { ...window, issue: opts.issue }), 'week'));
      if (!opts.kind || opts.kind === 'event') claims.push(...eventClaims(await eventRows(store.db, window)));
      if (opts.format === 'json') return void process.stdout.write(JSON.stringify(claims, null, 2) + '\n');
      const rows = claims.map((c) => ({
        kind: c.kind,
        claim: c.text,
        first_report: `${c.sources.first.date} ${c.sources.first.documentId}`,
        outlets: c.sources.outlets.join('; '),
        reports: c.sources.reports,
        independent: c.sources.corroboration,
        conflicts: c.conflicts.join(' | '),
      }));
      process.stdout.write(renderList(rows, opts.format));
    });
  });
}
