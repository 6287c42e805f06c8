/**
 * `npm run bench`: generates synthetic corpora (1k, 10k, 100k articles by default) and measures
 * extraction speed per core (stage by stage), end-to-end `parley ingest` into SQLite and PostgreSQL,
 * peak RSS, database size and API latency, next to the plain libraries Parley builds on; profiles the
 * hot path; writes everything to bench/results.md.
 *
 *   npm run bench -- --sizes 1k,10k --workers 2 --pg postgres://... --out bench/results.md
 *   npm run bench -- --sizes 10k,100k --engines postgres --pg postgres://...   (PostgreSQL only)
 *
 * PostgreSQL runs when --pg, $PARLEY_BENCH_PG or $PARLEY_TEST_PG names a server (a scratch schema per
 * size, dropped afterwards). Corpora and databases go to bench/out/ (ignored by git).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import Database from 'better-sqlite3';
import { syntheticArticles, writeCorpus } from './corpus.js';
import { measureLibraries, type LibrarySpeed } from './libs.js';
import { summariseProfiles, type ProfileSummary } from './profile.js';
import { measureExtraction, type ExtractionSpeed } from './stages.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1k,10k,100k' },
    workers: { type: 'string', default: '2' },
    pg: { type: 'string' },
    /** Which stores to ingest into: `sqlite`, `postgres` or both (PostgreSQL only when a server answers). */
    engines: { type: 'string', default: 'sqlite,postgres' },
    out: { type: 'string', default: path.join(ROOT, 'bench', 'results.md') },
    work: { type: 'string', default: path.join(ROOT, 'bench', 'out') },
    sample: { type: 'string', default: '2000' },
    'no-profile': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});

const parseSize = (s: string): number => {
  const m = /^(\d+(?:\.\d+)?)(k|m)?$/i.exec(s.trim());
  if (!m) throw new Error(`Cannot read size "${s}" (use e.g. 1k, 10k, 100k or 2500)`);
  return Math.round(Number(m[1]) * (m[2]?.toLowerCase() === 'k' ? 1e3 : m[2] ? 1e6 : 1));
};
const sizes = args.sizes.split(',').map(parseSize);
const workers = Number(args.workers);
const pgUrl = args.pg ?? process.env.PARLEY_BENCH_PG ?? process.env.PARLEY_TEST_PG;
const SEED = 2026;
const engines = new Set(args.engines.split(',').map((e) => e.trim()));
for (const e of engines) if (e !== 'sqlite' && e !== 'postgres') throw new Error(`Unknown engine "${e}" (use sqlite, postgres or both)`);

interface IngestRun {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  added: number;
  sizeMb: number;
}

interface ApiRow {
  endpoint: string;
  p50: number;
  p95: number;
}

interface SizeResult {
  size: number;
  corpusMb: number;
  extraction: ExtractionSpeed;
  libraries: LibrarySpeed[];
  sqlite: IngestRun | null;
  postgres: IngestRun | null;
  api: ApiRow[] | null;
  apiPg: ApiRow[] | null;
}

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

/** The node flags of bin/parley.js's shebang (`#!/usr/bin/env -S node FLAGS`): what `parley` runs with. */
const CLI_NODE_FLAGS = (/^#!.*?\bnode\b(.*)$/m.exec(readFileSync(path.join(ROOT, 'bin', 'parley.js'), 'utf8'))?.[1] ?? '').trim().split(/\s+/).filter(Boolean);

/**
 * Runs `parley ARGS` from the compiled CLI (as users run it after `npm run build`) through
 * bench/child.mjs, and returns its wall time, CPU time and peak RSS.
 */
function runCli(cliArgs: string[], nodeArgs: string[] = []): Promise<{ wallMs: number; cpuMs: number; maxRssMb: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [...CLI_NODE_FLAGS, ...nodeArgs, path.join(ROOT, 'bench', 'child.mjs'), ...cliArgs], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      const wallMs = performance.now() - t0;
      const m = /BENCH (\{.*\})/.exec(stderr);
      if (code !== 0 || !m) return reject(new Error(`parley ${cliArgs.join(' ')} failed (exit ${code}): ${stderr.slice(-2000)}`));
      const r = JSON.parse(m[1]!) as { maxRssKb: number; cpuMs: number };
      const problems = stderr.replace(/\nBENCH .*\n?/, '').trim();
      if (problems) log(`stderr of parley ${cliArgs[0]}: ${problems.slice(0, 500)}`);
      resolve({ wallMs, cpuMs: r.cpuMs, maxRssMb: r.maxRssKb / 1024, stdout });
    });
  });
}

const added = (stdout: string) => Number(/^(\d+) added/m.exec(stdout)?.[1] ?? NaN);

function fileMb(file: string): number {
  return ['', '-wal', '-shm'].reduce((s, ext) => s + (existsSync(file + ext) ? statSync(file + ext).size : 0), 0) / 2 ** 20;
}

async function pgQuery<T extends pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

const pgSpec = (schema: string) => {
  const u = new URL(pgUrl!);
  u.searchParams.set('schema', schema);
  return u.toString();
};

/**
 * Calls the web helper's `bench/api.ts` when it exists: `benchApi(store)` (or `measureApi({ db })`)
 * resolving to rows of `{ endpoint, p50, p95 }` in milliseconds.
 */
async function measureApi(db: string): Promise<ApiRow[] | null> {
  const file = path.join(ROOT, 'bench', 'api.ts');
  if (!existsSync(file)) return null;
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  type Rows = Array<Record<string, unknown>>;
  let rows: Rows;
  if (typeof mod.benchApi === 'function') {
    const { openStore } = await import('../src/store/connect.js');
    const store = await openStore(db);
    try {
      // 20 timed requests per endpoint: enough for a p95, affordable for slow endpoints on big stores.
      rows = await (mod.benchApi as (s: unknown, o: { runs: number }) => Promise<Rows>)(store, { runs: 20 });
    } finally {
      await store.close();
    }
  } else if (typeof mod.measureApi === 'function') {
    rows = await (mod.measureApi as (o: { db: string }) => Promise<Rows>)({ db });
  } else return null;
  return rows.map((r) => ({ endpoint: String(r.endpoint ?? r.name ?? r.path), p50: Number(r.p50 ?? r.p50Ms), p95: Number(r.p95 ?? r.p95Ms) }));
}

function corpusFor(size: number): { dir: string; mb: number; manifest: string } {
  const dir = path.join(args.work, `corpus-${size}`);
  const marker = path.join(dir, 'corpus.json');
  const manifest = path.join(dir, 'manifest.json');
  const spec = JSON.stringify({ size, seed: SEED, outlets: true });
  if (existsSync(marker) && readFileSync(marker, 'utf8') === spec) {
    const files = shards(dir).reduce((n, d) => n + readdirSync(d).length, 0);
    if (files === size) return { dir, manifest, mb: JSON.parse(readFileSync(path.join(dir, 'bytes.json'), 'utf8')) / 2 ** 20 };
  }
  rmSync(dir, { recursive: true, force: true });
  log(`generating ${size} articles in ${dir}`);
  const { bytes } = writeCorpus(path.join(dir), { count: size, seed: SEED }, manifest);
  writeFileSync(path.join(dir, 'bytes.json'), String(bytes));
  writeFileSync(marker, spec);
  return { dir, manifest, mb: bytes / 2 ** 20 };
}

/** Only the shard folders, so the marker files are not read as articles. */
const shards = (dir: string) => readdirSync(dir).filter((d) => /^\d+$/.test(d)).sort().map((d) => path.join(dir, d));
/** The ingest arguments for a generated corpus: its shard folders and its outlet sidecar. */
const corpusInputs = (c: { dir: string; manifest: string }) => [...shards(c.dir), '--metadata', c.manifest];

async function benchSize(size: number, usePg: boolean): Promise<SizeResult> {
  const corpus = corpusFor(size);
  const sample = [...syntheticArticles({ count: Math.min(size, Number(args.sample)), seed: SEED })];
  log(`${size}: extraction on ${sample.length} articles, one thread`);
  const extraction = measureExtraction(sample);
  const libraries = await measureLibraries(sample);

  const dbFile = path.join(args.work, `bench-${size}.db`);
  let sqlite: IngestRun | null = null;
  let api: ApiRow[] | null = null;
  if (engines.has('sqlite')) {
    for (const ext of ['', '-wal', '-shm']) rmSync(dbFile + ext, { force: true });
    log(`${size}: parley ingest into SQLite with ${workers} workers`);
    const s = await runCli(['ingest', ...corpusInputs(corpus), '--db', dbFile, '--workers', String(workers)]);
    sqlite = { wallMs: s.wallMs, cpuMs: s.cpuMs, maxRssMb: s.maxRssMb, added: added(s.stdout), sizeMb: fileMb(dbFile) };
    api = await measureApi(dbFile);
  }

  let postgres: IngestRun | null = null;
  let apiPg: ApiRow[] | null = null;
  if (usePg) {
    const schema = `parley_bench_${size}`;
    await pgQuery(`drop schema if exists ${schema} cascade`);
    log(`${size}: parley ingest into PostgreSQL with ${workers} workers`);
    const p = await runCli(['ingest', ...corpusInputs(corpus), '--db', pgSpec(schema), '--workers', String(workers)]);
    const [row] = await pgQuery<{ bytes: string }>(
      `select coalesce(sum(pg_total_relation_size(c.oid)), 0) as bytes from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1 and c.relkind = 'r'`,
      [schema],
    );
    postgres = { wallMs: p.wallMs, cpuMs: p.cpuMs, maxRssMb: p.maxRssMb, added: added(p.stdout), sizeMb: Number(row!.bytes) / 2 ** 20 };
    apiPg = await measureApi(pgSpec(schema));
    if (!args.keep) await pgQuery(`drop schema if exists ${schema} cascade`);
  }
  if (!args.keep && sqlite) for (const ext of ['', '-wal', '-shm']) rmSync(dbFile + ext, { force: true });
  return { size, corpusMb: corpus.mb, extraction, libraries, sqlite, postgres, api, apiPg };
}

/** A profiled ingest of the smallest corpus: where the main thread and the workers spend their time. */
async function profile(size: number): Promise<ProfileSummary[]> {
  const dir = path.join(args.work, 'profile');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const dbFile = path.join(dir, 'profile.db');
  log(`profiling parley ingest of ${size} articles (node --cpu-prof)`);
  await runCli(['ingest', ...corpusInputs(corpusFor(size)), '--db', dbFile, '--workers', String(workers), '--quiet'], ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  const all = summariseProfiles(dir);
  const busiest = all[0]?.busyMs ?? 0;
  // The main thread and the extraction workers; not tsx's loader thread (idle).
  return all.filter((p) => p.busyMs > busiest * 0.1 || p.areas.some((a) => a.name === 'better-sqlite3' || a.name === 'kysely'));
}

// ---------- report ----------

const f0 = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a');
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : 'n/a');
const rate = (r: IngestRun | null, size: number) => (r ? f0(size / (r.wallMs / 1000)) : 'n/a');
const perArticle = (r: IngestRun | null, size: number) => (r ? f2(r.cpuMs / size) : 'n/a');
const mb = (r: IngestRun | null, of: (r: IngestRun) => number) => (r ? f0(of(r)) : 'n/a');
/** Median of the endpoints' p50 / slowest endpoint's p95. */
const apiCell = (rows: ApiRow[] | null) => {
  if (!rows?.length) return 'n/a';
  const p50s = rows.map((r) => r.p50).sort((a, b) => a - b);
  return `${f1(p50s[Math.floor(p50s.length / 2)]!)} / ${f1(maxP95(rows))}`;
};
const maxP95 = (rows: ApiRow[] | null) => (rows?.length ? Math.max(...rows.map((r) => r.p95)) : NaN);

function machine(): string[] {
  const cpus = os.cpus();
  const sqliteVersion = (() => {
    const db = new Database(':memory:');
    try {
      return (db.prepare('select sqlite_version() as v').get() as { v: string }).v;
    } finally {
      db.close();
    }
  })();
  return [
    `- CPU: ${cpus[0]?.model ?? 'unknown'}, ${os.availableParallelism()} cores; memory ${f1(os.totalmem() / 2 ** 30)} GiB`,
    `- OS: ${os.type()} ${os.release()}; Node ${process.version}; SQLite ${sqliteVersion} (better-sqlite3)`,
  ];
}

function report(results: SizeResult[], profiles: ProfileSummary[], pgVersion: string | null, load: { before: number[]; after: number[] }, minutes: number): string {
  const lines: string[] = [];
  const goal = (ok: boolean) => (ok ? 'met' : '**not met**');
  lines.push('# Parley benchmark', '');
  lines.push(`Generated by \`npm run bench -- --sizes ${args.sizes} --workers ${workers}${args.engines === 'sqlite,postgres' ? '' : ` --engines ${args.engines}`}\` on ${new Date().toISOString().slice(0, 10)} (${f1(minutes)} minutes).`, '');
  lines.push('## Machine', '', ...machine());
  lines.push(`- PostgreSQL: ${pgVersion ?? 'not available (set --pg or $PARLEY_BENCH_PG)'}`);
  lines.push(
    `- Load average (1 min) before/after: ${f2(load.before[0]!)} / ${f2(load.after[0]!)}. The machine is shared: wall-clock rates` +
      ' suffer when others use the cores; the per-core and per-article CPU figures do not.',
    '',
  );
  lines.push('## Results', '');
  lines.push(
    '| articles | corpus MB | extraction art/s per core | SQLite ingest art/s | SQLite CPU ms/art | PostgreSQL ingest art/s | PG client CPU ms/art | peak RSS MB (SQLite / PG run) | DB size MB (SQLite / PG) | API ms, median p50 / worst p95 (SQLite) | same on PG |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|',
  );
  for (const r of results) {
    lines.push(
      `| ${f0(r.size)} | ${f1(r.corpusMb)} | ${f0(r.extraction.perCore)} | ${rate(r.sqlite, r.size)} | ${perArticle(r.sqlite, r.size)} | ${rate(r.postgres, r.size)} | ${perArticle(r.postgres, r.size)} | ${mb(r.sqlite, (x) => x.maxRssMb)} / ${mb(r.postgres, (x) => x.maxRssMb)} | ${mb(r.sqlite, (x) => x.sizeMb)} / ${mb(r.postgres, (x) => x.sizeMb)} | ${apiCell(r.api)} | ${apiCell(r.apiPg)} |`,
    );
  }
  lines.push('', `Ingest runs \`parley ingest\` with \`--workers ${workers}\` as a separate process on the generated files (seed format, 1,000 per folder); rates are articles read per wall-clock second, start-up included. "CPU ms/art" is the ingest process's CPU time (all threads) per article.`, '');

  const largest = results[results.length - 1]!;
  const by = (n: number) => results.find((r) => r.size === n);
  const tenK = by(10_000);
  const hundredK = by(100_000);
  lines.push('## Goals', '');
  const ex = Math.min(...results.map((r) => r.extraction.perCore));
  lines.push(`- Extraction >= 300 articles/s per core: ${f0(ex)} (lowest over sizes) — ${goal(ex >= 300)}`);
  const big = results.filter((r) => r.size >= 10_000);
  const sq = Math.min(...(big.length ? big : results).map((r) => (r.sqlite ? r.size / (r.sqlite.wallMs / 1000) : NaN)));
  if (engines.has('sqlite')) lines.push(`- SQLite ingest >= 300 articles/s with ${workers} workers (${big.length ? '10k and up' : 'only smaller sizes run'}): ${f0(sq)} — ${goal(sq >= 300)}`);
  else lines.push('- SQLite ingest and API: not run (--engines)');
  const rss = Math.max(largest.sqlite?.maxRssMb ?? 0, largest.postgres?.maxRssMb ?? 0);
  lines.push(`- Peak RSS <= 500 MB at ${f0(largest.size)}: ${f0(rss)} MB — ${goal(rss <= 500)}`);
  if (tenK && hundredK) {
    if (tenK.sqlite && hundredK.sqlite) {
      const cpuGrowth = hundredK.sqlite.cpuMs / hundredK.size / (tenK.sqlite.cpuMs / tenK.size) - 1;
      const wallGrowth = hundredK.sqlite.wallMs / hundredK.size / (tenK.sqlite.wallMs / tenK.size) - 1;
      lines.push(`- Cost per article flat from 10k to 100k (within 20%), SQLite: CPU ${f1(cpuGrowth * 100)}%, wall ${f1(wallGrowth * 100)}% — ${goal(cpuGrowth <= 0.2)}`);
    }
    if (tenK.postgres && hundredK.postgres) {
      const pgGrowth = hundredK.postgres.wallMs / hundredK.size / (tenK.postgres.wallMs / tenK.size) - 1;
      const pgCpu = hundredK.postgres.cpuMs / hundredK.size / (tenK.postgres.cpuMs / tenK.size) - 1;
      lines.push(`- Same for PostgreSQL: wall ${f1(pgGrowth * 100)}%, client CPU ${f1(pgCpu * 100)}% — ${goal(pgGrowth <= 0.2)}`);
    }
  } else {
    lines.push('- Cost per article flat from 10k to 100k: needs both sizes (run with --sizes 10k,100k)');
  }
  const p95 = maxP95(largest.api);
  if (largest.sqlite) lines.push(`- API p95 <= 50 ms at ${f0(largest.size)} (SQLite): ${Number.isFinite(p95) ? `${f1(p95)} ms (slowest endpoint) — ${goal(p95 <= 50)}` : 'n/a (no bench/api.ts)'}`);
  const p95Pg = maxP95(largest.apiPg);
  if (Number.isFinite(p95Pg)) lines.push(`- Same on PostgreSQL: ${f1(p95Pg)} ms (slowest endpoint) — ${goal(p95Pg <= 50)}`);
  lines.push('');

  if (largest.api || largest.apiPg) {
    lines.push(`## API latency by endpoint at ${f0(largest.size)} articles (ms, in process, \`bench/api.ts\`)`, '');
    lines.push('| endpoint | SQLite p50 | SQLite p95 | PG p50 | PG p95 |', '|---|---:|---:|---:|---:|');
    const names = [...new Set([...(largest.api ?? []), ...(largest.apiPg ?? [])].map((r) => r.endpoint))];
    for (const n of names) {
      const a = largest.api?.find((r) => r.endpoint === n);
      const b = largest.apiPg?.find((r) => r.endpoint === n);
      lines.push(`| \`${n}\` | ${a ? f1(a.p50) : 'n/a'} | ${a ? f1(a.p95) : 'n/a'} | ${b ? f1(b.p50) : 'n/a'} | ${b ? f1(b.p95) : 'n/a'} |`);
    }
    lines.push('');
  }
  lines.push('## Per-article cost by stage (one thread, ms per article)', '');
  const stageNames = [...new Set(results.flatMap((r) => Object.keys(r.extraction.stages)))];
  lines.push(`| stage | ${results.map((r) => f0(r.size)).join(' | ')} |`, `|---|${results.map(() => '---:').join('|')}|`);
  for (const s of stageNames) lines.push(`| ${s} | ${results.map((r) => (r.extraction.stages[s] !== undefined ? f2(r.extraction.stages[s]!) : '')).join(' | ')} |`);
  lines.push('', 'Measured on the first articles of each corpus (up to --sample); workers do everything but the content hash.', '');

  lines.push('## Plain libraries on the same articles (articles/s per core)', '');
  lines.push('| library | ' + results.map((r) => f0(r.size)).join(' | ') + ' | note |', `|---|${results.map(() => '---:').join('|')}|---|`);
  for (const lib of results[0]!.libraries) {
    lines.push(`| ${lib.name} | ${results.map((r) => { const v = r.libraries.find((l) => l.name === lib.name)?.perCore; return v == null ? 'n/a' : f0(v); }).join(' | ')} | ${lib.note} |`);
  }
  lines.push(`| Parley pipeline (all stages + MinHash) | ${results.map((r) => f0(r.extraction.perCore)).join(' | ')} | |`, '');

  if (profiles.length) {
    lines.push('## Where the time goes (node --cpu-prof of `parley ingest`)', '');
    for (const p of profiles) {
      const role = p.areas.some((a) => a.name === 'kysely' || a.name === 'better-sqlite3') ? 'main thread (read, hash, write)' : 'thread';
      lines.push(`### ${role}: ${f0(p.busyMs)} ms busy of ${f0(p.totalMs)} ms (${p.file})`, '');
      lines.push('| area | self ms | share |', '|---|---:|---:|');
      for (const a of p.areas) lines.push(`| ${a.name} | ${f0(a.ms)} | ${f1((a.ms / p.busyMs) * 100)}% |`);
      lines.push('', '| function | self ms |', '|---|---:|');
      for (const fn of p.functions) lines.push(`| \`${fn.name.replace(/\|/g, '\\|')}\` | ${f0(fn.ms)} |`);
      lines.push('');
    }
  }
  return lines.join('\n') + '\n';
}

/** Compiles src/ to dist/ (tsc), so the benchmark measures the code users run, not the tsx loader. */
function build(): Promise<void> {
  log('compiling src/ to dist/ (tsc -p tsconfig.json)');
  return new Promise((resolve, reject) => {
    const tsc = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(ROOT, 'tsconfig.json')], { cwd: ROOT, stdio: 'inherit' });
    tsc.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`tsc failed (exit ${code})`))));
  });
}

async function main(): Promise<void> {
  mkdirSync(args.work, { recursive: true });
  await build();
  const started = performance.now();
  const load = { before: os.loadavg(), after: [] as number[] };
  let pgVersion: string | null = null;
  if (pgUrl) {
    try {
      pgVersion = (await pgQuery<{ v: string }>("select current_setting('server_version') as v"))[0]?.v ?? null;
      pgVersion = pgVersion ? `PostgreSQL ${pgVersion} on this machine` : null;
    } catch (e) {
      log(`PostgreSQL at ${pgUrl.replace(/:[^:@/]*@/, ':***@')} unreachable, skipping it: ${(e as Error).message}`);
    }
  }
  if (!pgVersion) log('PostgreSQL runs skipped (no server)');
  const usePg = pgVersion !== null;
  const results: SizeResult[] = [];
  for (const size of sizes) {
    const r = await benchSize(size, usePg && engines.has('postgres'));
    results.push(r);
    log(`${size}: SQLite ${rate(r.sqlite, size)} art/s, ${mb(r.sqlite, (x) => x.maxRssMb)} MB RSS; PostgreSQL ${rate(r.postgres, size)} art/s; extraction ${f0(r.extraction.perCore)} art/s/core`);
  }
  const profiles = args['no-profile'] ? [] : await profile(Math.min(...sizes));
  load.after = os.loadavg();
  const text = report(results, profiles, pgVersion, load, (performance.now() - started) / 60000);
  writeFileSync(args.out, text);
  process.stdout.write(text);
  if (!args.keep) for (const size of sizes) rmSync(path.join(args.work, `corpus-${size}`), { recursive: true, force: true });
}

await main();
