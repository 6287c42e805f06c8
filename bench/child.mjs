// Runs the compiled CLI (dist/, built by the benchmark) exactly as `parley ARGS` does and, on exit,
// reports the process's peak RSS and CPU time (all threads) on stderr:
//   node bench/child.mjs ingest ...
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const r = process.resourceUsage();
  writeSync(2, `\nBENCH ${JSON.stringify({ maxRssKb: r.maxRSS, cpuMs: (r.userCPUTime + r.systemCPUTime) / 1000 })}\n`);
});

await import('../dist/cli/main.js');
