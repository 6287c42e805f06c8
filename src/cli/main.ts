import { Command, CommanderError } from 'commander';
import { ProfileError } from '../profile/load.js';
import { StoreError } from '../store/store.js';
import { registerActors } from './commands/actors.js';
import { registerBrief } from './commands/brief.js';
import { registerPositions } from './commands/positions.js';
import { registerSources } from './commands/sources.js';
import { registerDocs } from './commands/docs.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerProfile } from './commands/profile.js';
import { registerQuotes } from './commands/quotes.js';
import { registerReport } from './commands/report.js';
import { registerTimeline } from './commands/timeline.js';
import { registerServe } from './commands/serve.js';
import { EXIT, UsageError } from './exit.js';

export function buildProgram(): Command {
  const program = new Command('parley')
    .description('Reads news about a negotiation and keeps an evidence-backed, time-aware picture of it.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  registerExtract(program);
  registerIngest(program);
  registerDocs(program);
  registerActors(program);
  registerQuotes(program);
  registerReport(program);
  registerPositions(program);
  registerBrief(program);
  registerSources(program);
  registerProfile(program);
  registerTimeline(program);
  registerServe(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof UsageError || e instanceof ProfileError || e instanceof StoreError) {
      process.stderr.write(`parley: ${e.message}\n`);
      return e instanceof UsageError ? EXIT.usage : EXIT.inputErrors;
    }
    throw e;
  }
}

process.exitCode = await main(process.argv.slice(2));
