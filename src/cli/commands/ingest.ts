import type { Command } from 'commander';
import { createPipeline } from '../../extract/pipeline.js';
import { readInputs } from '../../ingest/inputs.js';
import { ingest } from '../../ingest/ingest.js';
import { formatProblem } from '../../ingest/problem.js';
import { EXIT } from '../exit.js';
import { explainJson, explainLines, explainOption } from '../explain.js';
import { commonInputOptions, dbOption, inputOptions, loadProfileOption } from '../options.js';
import { withStore } from '../store.js';
import { progress } from '../progress.js';

export function registerIngest(program: Command): void {
  const cmd = program
    .command('ingest')
    .description('read articles, extract and store them; content already stored is skipped')
    .argument('<paths...>', 'files or folders (recursively); - reads standard input')
    .option('--quiet', 'print nothing but errors')
    .addOption(explainOption());
  dbOption(commonInputOptions(cmd))
    .addHelpText('after', '\nEach article is stored in its own transaction: an interrupted ingest keeps what it finished, and\nrunning it again adds only what is missing. A progress counter shows on stderr when it is a terminal.')
    .action(async (paths: string[], opts) => {
      const pipeline = createPipeline({ profile: loadProfileOption(opts) });
      await withStore(opts.db, async (store) => {
        const bar = progress(!opts.quiet);
        const summary = await ingest(store, pipeline, readInputs(paths, inputOptions(opts)), {
          onProblem: (p) => bar.log(`parley: ${formatProblem(p)}`),
          onDocument: () => bar.tick(),
          onExtracted: (x) => {
            if (opts.explain === 'json') bar.log(explainJson(x.doc));
            else if (opts.explain) for (const line of explainLines(x.doc)) bar.log(line);
          },
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
