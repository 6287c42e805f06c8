import type { Command } from 'commander';
import { createPipeline } from '../../extract/pipeline.js';
import { readInputs } from '../../ingest/inputs.js';
import { ingest } from '../../ingest/ingest.js';
import { formatProblem } from '../../ingest/problem.js';
import { EXIT } from '../exit.js';
import { commonInputOptions, dbOption, inputOptions, loadProfileOption } from '../options.js';
import { withStore } from '../store.js';
import { progress } from '../progress.js';

export function registerIngest(program: Command): void {
  const cmd = program
    .command('ingest')
    .description('read articles, extract and store them; content already stored is skipped')
    .argument('<paths...>', 'files or folders (recursively); - reads standard input')
    .option('--quiet', 'print nothing but errors');
  dbOption(commonInputOptions(cmd)).action(async (paths: string[], opts) => {
    const pipeline = createPipeline({ profile: loadProfileOption(opts) });
    await withStore(opts.db, async (store) => {
      const bar = progress(!opts.quiet);
      const summary = await ingest(store, pipeline, readInputs(paths, inputOptions(opts)), {
        onProblem: (p) => bar.log(`parley: ${formatProblem(p)}`),
        onDocument: () => bar.tick(),
      });
      bar.stop();
      if (!opts.quiet) {
        process.stdout.write(
          `${summary.added} added, ${summary.duplicates} already stored, ${summary.failed} failed` +
            ` (${summary.read} articles read) into ${store.location}\n`,
        );
      }
      process.exitCode = summary.failed ? EXIT.inputErrors : EXIT.ok;
    });
  });
}
