import type { Command } from 'commander';
import { createPipeline } from '../../extract/pipeline.js';
import { toContractDoc } from '../../extract/contract.js';
import { readInputs } from '../../ingest/inputs.js';
import { formatProblem } from '../../ingest/problem.js';
import { EXIT } from '../exit.js';
import { commonInputOptions, inputOptions, loadProfileOption } from '../options.js';

export function registerExtract(program: Command): void {
  const cmd = program
    .command('extract')
    .description('extract records from articles and print them (no database); JSON follows SCHEMA.md')
    .argument('<paths...>', 'files or folders (recursively); - reads standard input')
    .option('--format <format>', 'json | jsonl', 'json');
  commonInputOptions(cmd).action(async (paths: string[], opts) => {
    const pipeline = createPipeline({ profile: loadProfileOption(opts) });
    const docs = [];
    let failed = 0;
    for await (const item of readInputs(paths, inputOptions(opts))) {
      if ('kind' in item) {
        failed++;
        process.stderr.write(`parley: ${formatProblem(item)}\n`);
        continue;
      }
      const doc = toContractDoc(pipeline.extract(item));
      if (opts.format === 'jsonl') process.stdout.write(JSON.stringify(doc) + '\n');
      else docs.push(doc);
    }
    if (opts.format !== 'jsonl') process.stdout.write(JSON.stringify({ documents: docs }, null, 2) + '\n');
    process.exitCode = failed ? EXIT.inputErrors : EXIT.ok;
  });
}
