import { Option, type Command } from 'commander';
import { isIsoDay } from '../core/dates.js';
import type { InputOptions } from '../ingest/inputs.js';
import { DEFAULT_LIMITS, LIMIT_ENV } from '../ingest/limits.js';
import { loadMetadata } from '../ingest/metadata.js';
import { loadProfile } from '../profile/load.js';
import type { Profile } from '../profile/schema.js';
import { UsageError } from './exit.js';

/** Options every command that reads articles accepts. */
export function commonInputOptions(cmd: Command): Command {
  return cmd
    .option('--date <YYYY-MM-DD>', 'publication date for plain text files that carry none')
    .option('--profile <file>', 'negotiation profile (YAML or JSON); default: the bundled Russia–Ukraine profile')
    .option('--metadata <file>', 'JSON sidecar giving articles (by id = file name) an outlet, title, URL or date they lack; see examples/manifest.json')
    .addOption(
      new Option('--max-file-bytes <n>', 'skip files larger than this (JSON Lines files are streamed and exempt)')
        .default(DEFAULT_LIMITS.maxFileBytes)
        .env(LIMIT_ENV.maxFileBytes)
        .argParser(positiveInt),
    )
    .addOption(
      new Option('--max-article-bytes <n>', 'skip articles (and JSON Lines lines) larger than this')
        .default(DEFAULT_LIMITS.maxArticleBytes)
        .env(LIMIT_ENV.maxArticleBytes)
        .argParser(positiveInt),
    )
    .addHelpText(
      'after',
      `
Inputs: seed files (" date YYYY-MM-DD " then the text), plain .txt (date from --date, the text or the
file name), .json / .jsonl / .ndjson records {id?, url?, title?, outlet?, published, text | html},
.html pages, RSS / Atom feeds (.xml, .rss, .atom); other files and "-" (standard input) are sniffed.
Bad inputs (binary, empty, invalid UTF-8, broken JSON, impossible or future dates, over a size limit)
get one line on stderr naming the file (and line) and are skipped; the rest is still read.
Exit codes: 0 all inputs read, 1 some inputs failed, 2 usage error.`,
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

export function inputOptions(opts: { date?: string; maxFileBytes?: number; maxArticleBytes?: number; metadata?: string }): InputOptions {
  if (opts.date !== undefined) isoDayOption(opts.date);
  let metadata;
  if (opts.metadata !== undefined) {
    try {
      metadata = loadMetadata(opts.metadata);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  }
  return {
    ...(metadata && { metadata }),
    ...(opts.date !== undefined && { date: opts.date }),
    ...(opts.maxFileBytes !== undefined && { maxFileBytes: opts.maxFileBytes }),
    ...(opts.maxArticleBytes !== undefined && { maxArticleBytes: opts.maxArticleBytes }),
    today: new Date().toISOString().slice(0, 10),
  };
}

export function loadProfileOption(opts: { profile?: string }): Profile {
  return opts.profile ? loadProfile(opts.profile) : loadProfile();
}

/** `--db FILE|URL`, defaulting to $PARLEY_DB or ./parley.db. */
export function dbOption(cmd: Command): Command {
  return cmd.option('--db <file|url>', 'SQLite file or postgres:// URL (env: PARLEY_DB)', process.env.PARLEY_DB ?? './parley.db');
}
