import { Option, type Command } from 'commander';
import { createPipeline } from '../../extract/pipeline.js';
import { toContractDoc } from '../../extract/contract.js';
import { TIMEX_STYLES, type TimexStyle } from '../../extract/timexes/words.js';
import { readInputs } from '../../ingest/inputs.js';
import { formatProblem } from '../../ingest/problem.js';
import { EXIT } from '../exit.js';
import { explainLines, explainOption, removedSpans } from '../explain.js';
import { commonInputOptions, inputOptions, loadProfileOption } from '../options.js';

export function registerExtract(program: Command): void {
  const cmd = program
    .command('extract')
    .description('extract records from articles and print them (no database); JSON follows SCHEMA.md')
    .argument('<paths...>', 'files or folders (recursively); - reads standard input')
    .addOption(new Option('--format <format>', 'output: one JSON document, or one JSON line per article').choices(['json', 'jsonl']).default('json'))
    .addOption(explainOption())
    .addOption(
      new Option('--timex-style <style>', 'timex convention: the news contract, or TimeML (also "now", "recently": for TimeBank-style corpora)')
        .choices([...TIMEX_STYLES])
        .default('news'),
    );
  commonInputOptions(cmd).action(async (paths: string[], opts) => {
    const pipeline = createPipeline({ profile: loadProfileOption(opts), timexStyle: opts.timexStyle as TimexStyle });
    const docs = [];
    let failed = 0;
    for await (const item of readInputs(paths, inputOptions(opts))) {
      if ('kind' in item) {
        failed++;
        process.stderr.write(`parley: ${formatProblem(item)}\n`);
        continue;
      }
      let x;
      try {
        x = pipeline.extract(item);
      } catch (e) {
        failed++;
        process.stderr.write(`parley: ${item.source}: extraction failed: ${(e as Error).message}\n`);
        continue;
      }
      if (opts.explain === 'text') process.stderr.write(explainLines(x.doc).join('\n') + '\n');
      const doc = opts.explain === 'json' ? { ...toContractDoc(x), removed: removedSpans(x.doc) } : toContractDoc(x);
      if (opts.format === 'jsonl') process.stdout.write(JSON.stringify(doc) + '\n');
      else docs.push(doc);
    }
    if (opts.format !== 'jsonl') process.stdout.write(JSON.stringify({ documents: docs }, null, 2) + '\n');
    process.exitCode = failed ? EXIT.inputErrors : EXIT.ok;
  });
}
