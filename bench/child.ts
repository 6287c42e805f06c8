import { writeSync } from 'node:fs';

/**
 * Runs the Parley CLI exactly as `parley ARGS` does and, on exit, reports the process's peak RSS and
 * CPU time (all threads) on stderr for the benchmark: `node --import tsx bench/child.ts ingest ...`.
 */
process.on('exit', () => {
  const r = process.resourceUsage();
  writeSync(2, `\nBENCH ${JSON.stringify({ maxRssKb: r.maxRSS, cpuMs: (r.userCPUTime + r.systemCPUTime) / 1000 })}\n`);
});

await import('../src/cli/main.js');
