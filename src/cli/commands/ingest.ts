import { Option, type Command } from 'commander';
import { createPipeline } from '../../extract/pipeline.js';
import type { Extractor } from '../../ingest/extractor.js';
import { inThreadExtractor } from '../../ingest/extractor.js';
import { readInputs } from '../../ingest/inputs.js';
import { ingest } from '../../ingest/ingest.js';
import { limitHeapGrowth } from '../../ingest/heap.js';
import { defaultWorkers, workerPoolExtractor } from '../../ingest/parallel/pool.js';
import { formatProblem } from '../../ingest/problem.js';
import type { Profile } from '../../profile/schema.js';
import { EXIT, UsageError } from '../exit.js';
import { explainJson, explainLines, explainOption } from '../explain.js';
import { commonInputOptions, dbOption, inputOptions, loadProfileOption } from '../options.js';
import { withStore } from '../store.js';
import { afterBulkIngest, BULK_INGEST_ARTICLES } from '../../store/bulk-maintenance.js';
import { progress } from '../progress.js';

function workerCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`expected a whole number of workers (0 extracts in the main thread), got "${value}"`);
  return n;
}

function extractorFor(workers: number, profile: Profile): Extractor {
  return workers === 0 ? inThreadExtractor(createPipeline({ profile })) : workerPoolExtractor({ workers, profile });
}

export function registerIngest(program: Command): void {
  const cmd = program
    .command('ingest')
    .description('read articles, extract and store them; content already stored is skipped')
    .argument('<paths...>', 'files or folders (recursively); - reads standard input')
    .addOption(
      new Option('--workers <n>', 'extraction worker threads; 0 extracts in the main thread').default(defaultWorkers(), 'the number of cores minus one').argParser(workerCount),
    )
    .option('--quiet', 'print nothing but errors')
    .addOption(explainOption());
  dbOption(commonInputOptions(cmd))
    .addHelpText(
      'after',
      '\nArticles are written in batches, each in one transaction: an interrupted ingest keeps the batches it finished, and\nrunning it again adds only what is missing. A progress counter shows on stderr when it is a terminal.' +
        `\nOn PostgreSQL, an ingest that adds ${BULK_INGEST_ARTICLES.toLocaleString('en')} articles or more ends with VACUUM (ANALYZE) of Parley's tables.`,
    )
    .action(async (paths: string[], opts) => {
      try {
        limitHeapGrowth();
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      const profile = loadProfileOption(opts);
      const read = readInputs(paths, inputOptions(opts));
      await withStore(opts.db, async (store) => {
        const extractor = extractorFor(opts.workers, profile);
        const bar = progress(!opts.quiet);
        try {
          const summary = await ingest(store, extractor, read, {
            onProblem: (p) => bar.log(`parley: ${formatProblem(p)}`),
            onDocument: () => bar.tick(),
            onExtracted: (x) => {
              if (opts.explain === 'json') bar.log(explainJson(x.doc));
              else if (opts.explain) for (const line of explainLines(x.doc)) bar.log(line);
            },
          });
          if (!opts.quiet) {
            bar.stop();
            process.stdout.write(
              `${summary.added} added, ${summary.duplicates} already stored, ${summary.failed} failed` +
                ` (${summary.read} articles read) into ${store.location}\n`,
            );
          }
          const started = Date.now();
          try {
            const vacuumed = await afterBulkIngest(store, summary.added);
            if (vacuumed.length && !opts.quiet) {
              process.stdout.write(`vacuumed and analyzed ${vacuumed.length} tables after a bulk ingest (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
            }
          } catch (e) {
            // The articles are stored; autovacuum will get there. Say so rather than fail the ingest.
            process.stderr.write(`parley: warning: VACUUM (ANALYZE) after the ingest failed (autovacuum will do it later): ${(e as Error).message}\n`);
          }
          process.exitCode = summary.failed ? EXIT.inputErrors : EXIT.ok;
        } finally {
          bar.stop();
          await extractor.close();
        }
      });
    });
}
