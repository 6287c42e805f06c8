import { Option, type Command } from 'commander';
import { isIsoDay } from '../core/dates.js';
import type { InputOptions } from '../ingest/inputs.js';
import { DEFAULT_MAX_FILE_BYTES } from '../ingest/inputs.js';
import { loadProfile } from '../profile/load.js';
import type { Profile } from '../profile/schema.js';
import { UsageError } from './exit.js';

/** Options every command that reads articles accepts. */
export function commonInputOptions(cmd: Command): Command {
  return cmd
    .option('--date <YYYY-MM-DD>', 'publication date for plain text files that carry none')
    .option('--profile <file>', 'negotiation profile (YAML or JSON); default: the bundled Russia–Ukraine profile')
    .addOption(
      new Option('--max-file-bytes <n>', 'skip files larger than this').default(DEFAULT_MAX_FILE_BYTES).argParser(positiveInt),
    );
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`expected a positive whole number, got "${value}"`);
  return n;
}

export function isoDayOption(value: string): string {
  if (!isIsoDay(value)) throw new UsageError(`expected a date as YYYY-MM-DD, got "${value}"`);
  return value;
}

export function inputOptions(opts: { date?: string; maxFileBytes?: number }): InputOptions {
  if (opts.date !== undefined) isoDayOption(opts.date);
  return {
    ...(opts.date !== undefined && { date: opts.date }),
    ...(opts.maxFileBytes !== undefined && { maxFileBytes: opts.maxFileBytes }),
  };
}

export function loadProfileOption(opts: { profile?: string }): Profile {
  return opts.profile ? loadProfile(opts.profile) : loadProfile();
}

/** `--db FILE|URL`, defaulting to $PARLEY_DB or ./parley.db. */
export function dbOption(cmd: Command): Command {
  return cmd.option('--db <file|url>', 'SQLite file or postgres:// URL (default: $PARLEY_DB or ./parley.db)', process.env.PARLEY_DB ?? './parley.db');
}
