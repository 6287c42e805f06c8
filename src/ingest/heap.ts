import { setFlagsFromString } from 'node:v8';

/** How far V8 lets a heap grow past its live size after a full collection, in percent ($PARLEY_HEAP_GROWTH). */
const DEFAULT_GROWTH_PERCENT = 35;

/**
 * Ingest allocates fast and keeps little (a 3k-article run: ~40 MB live in the main thread, yet V8 let its heap
 * reach 250 MB, and each worker's likewise). A smaller growing factor makes V8 collect before the heap balloons:
 * 3k articles with two workers, peak RSS 563 -> 460 MB for ~5% more CPU (V8's default -> 50%); a whole 100k
 * ingest 545 -> 487 MB for 5-8% more CPU per article (50% -> 35%, with the linker's smaller candidates). The factor is read at each
 * collection, so setting it at run time takes effect (unlike the heap size limits); worker threads started
 * afterwards share it. `PARLEY_HEAP_GROWTH=0` keeps V8's own heuristics.
 */
export function limitHeapGrowth(env: NodeJS.ProcessEnv = process.env): number | null {
  const raw = env.PARLEY_HEAP_GROWTH;
  const percent = raw === undefined || raw === '' ? DEFAULT_GROWTH_PERCENT : Number(raw);
  if (!Number.isInteger(percent) || percent < 0) throw new Error(`PARLEY_HEAP_GROWTH must be a whole number of percent (0 keeps V8's default), not "${raw}"`);
  if (percent === 0) return null;
  setFlagsFromString(`--heap-growing-percent=${percent}`);
  return percent;
}
