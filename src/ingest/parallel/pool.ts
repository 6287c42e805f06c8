import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RawArticle } from '../../core/article.js';
import type { Profile } from '../../profile/schema.js';
import type { Extracted, Extractor } from '../extractor.js';
import type { Task, TaskResult, WorkerSetup } from './messages.js';

export interface PoolOptions {
  /** Worker threads; default: the machine's cores. */
  workers?: number;
  profile: Profile;
  /**
   * Tasks queued on each worker at once, so a worker never idles while the main thread is writing: a write
   * batch blocks the main thread (SQLite is synchronous) for as long as a worker needs for dozens of
   * articles, and tasks still queued in the main thread cannot reach a worker meanwhile. 16 left each
   * worker idle a quarter of the time; 64 (a whole batch) cut 3k articles from 38 to 26 s with one worker.
   */
  tasksPerWorker?: number;
  /** Old-generation heap cap per worker in MB; default WORKER_HEAP_MB. */
  heapMb?: number;
}

/**
 * One worker per core but one: the main thread writes (about a third of the work), and on two cores two
 * workers beside it were slower than one (3k articles: 29 s against 26 s) and took ~110 MB more.
 */
export const defaultWorkers = (): number => Math.max(1, availableParallelism() - 1);

/** Old-generation heap cap per worker, MB: about eight times what a worker keeps live ($PARLEY_WORKER_HEAP_MB). */
const WORKER_HEAP_MB = Number(process.env.PARLEY_WORKER_HEAP_MB) || 256;

/** Worker deaths in a row (with no task finished in between) after which the pool gives up. */
const MAX_CONSECUTIVE_CRASHES = 3;

interface Pending {
  task: Task;
  resolve(result: Extracted): void;
  reject(error: Error): void;
  /** Retried on a worker of its own after a worker died holding it and others. */
  alone?: boolean;
}

const crashMessage = (e: Error & { code?: string }, heapMb: number) =>
  e.code === 'ERR_WORKER_OUT_OF_MEMORY'
    ? `the article needs more memory than an extraction worker may use (${heapMb} MB; set PARLEY_WORKER_HEAP_MB)`
    : `extraction worker failed: ${e.message}`;

/**
 * Starts a worker on `worker.ts`/`worker.js` beside this file. Under tsx (sources, no dist/) a worker
 * does not inherit the TypeScript loader, so it first registers tsx, then imports the TypeScript entry.
 */
function startWorker(setup: WorkerSetup, heapMb: number): Worker {
  const here = import.meta.url;
  // V8 grows a heap lazily far past what is live; caps keep each worker's memory near its needs. The young
  // generation (48 MB by default) shrinks to 12 MB: heapTotal ~90 -> ~68 MB per worker, no measurable CPU cost.
  const resourceLimits = { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 12 };
  if (!here.endsWith('.ts')) return new Worker(new URL('./worker.js', here), { workerData: setup, resourceLimits });
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./worker.ts', here).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData: setup, resourceLimits });
}

class Slot {
  readonly running = new Map<number, Pending>();
  worker: Worker;

  constructor(private readonly pool: WorkerPool) {
    this.worker = this.start();
  }

  private start(): Worker {
    const worker = startWorker(this.pool.setup, this.pool.heapMb);
    worker.on('message', (reply: TaskResult) => this.pool.finished(this, reply));
    worker.on('error', (e) => this.pool.crashed(this, e));
    worker.on('exit', (code) => this.pool.crashed(this, new Error(`worker exited with code ${code}`)));
    return worker;
  }

  restart(): void {
    this.worker.removeAllListeners();
    void this.worker.terminate();
    this.worker = this.start();
  }
}

/** Extraction on a pool of worker threads; each builds the pipeline once. */
class WorkerPool implements Extractor {
  readonly setup: WorkerSetup;
  readonly profile: Profile;
  readonly heapMb: number;
  private readonly slots: Slot[];
  private readonly queue: Pending[] = [];
  private readonly perWorker: number;
  private nextId = 0;
  private crashes = 0;
  private closing = false;
  private broken: Error | null = null;

  constructor(options: PoolOptions) {
    this.setup = { profile: options.profile };
    this.profile = options.profile;
    this.heapMb = options.heapMb ?? WORKER_HEAP_MB;
    this.perWorker = options.tasksPerWorker ?? 64;
    const n = Math.max(1, options.workers ?? defaultWorkers());
    this.slots = Array.from({ length: n }, () => new Slot(this));
  }

  extract(article: RawArticle): Promise<Extracted> {
    if (this.broken) return Promise.reject(this.broken);
    if (this.closing) return Promise.reject(new Error('the extraction pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ task: { id: this.nextId++, article }, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    for (const slot of this.slots) {
      while (slot.running.size < this.perWorker && this.queue.length) {
        // A suspect article runs with nothing else on its worker, so a second death is its own.
        if ([...slot.running.values()].some((r) => r.alone) || (this.queue[0]!.alone && slot.running.size)) break;
        const p = this.queue.shift()!;
        slot.running.set(p.task.id, p);
        slot.worker.postMessage(p.task);
      }
    }
  }

  finished(slot: Slot, reply: TaskResult): void {
    const p = slot.running.get(reply.id);
    if (!p) return;
    slot.running.delete(reply.id);
    this.crashes = 0;
    if (reply.ok) p.resolve(reply.result);
    else p.reject(new Error(reply.error));
    this.pump();
  }

  /**
   * A dead worker is replaced. The article it held alone fails (reported, not lost silently); when it
   * held several, each is retried alone, so only the one that kills a worker fails.
   */
  crashed(slot: Slot, error: Error): void {
    if (this.closing) return;
    const held = [...slot.running.values()];
    slot.running.clear();
    if (held.length === 1 || held.some((p) => p.alone)) for (const p of held) p.reject(new Error(crashMessage(error, this.heapMb)));
    else this.queue.unshift(...held.map((p) => ({ ...p, alone: true })));
    if (++this.crashes >= MAX_CONSECUTIVE_CRASHES) {
      this.broken = new Error(`extraction workers keep failing: ${error.message}`);
      for (const p of this.queue.splice(0)) p.reject(this.broken);
      void this.close();
      return;
    }
    slot.restart();
    this.pump();
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(
      this.slots.map((s) => {
        s.worker.removeAllListeners();
        return s.worker.terminate();
      }),
    );
  }
}

export function workerPoolExtractor(options: PoolOptions): Extractor {
  return new WorkerPool(options);
}
