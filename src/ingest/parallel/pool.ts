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
  /** Tasks queued on each worker at once, so a worker never idles while the main thread is writing. */
  tasksPerWorker?: number;
}

export const defaultWorkers = (): number => availableParallelism();

/** Old-generation heap cap per worker, MB: about eight times what a worker keeps live ($PARLEY_WORKER_HEAP_MB). */
const WORKER_HEAP_MB = Number(process.env.PARLEY_WORKER_HEAP_MB) || 256;

/** Worker deaths in a row (with no task finished in between) after which the pool gives up. */
const MAX_CONSECUTIVE_CRASHES = 3;

interface Pending {
  task: Task;
  resolve(result: Extracted): void;
  reject(error: Error): void;
}

/**
 * Starts a worker on `worker.ts`/`worker.js` beside this file. Under tsx (sources, no dist/) a worker
 * does not inherit the TypeScript loader, so it first registers tsx, then imports the TypeScript entry.
 */
function startWorker(setup: WorkerSetup): Worker {
  const here = import.meta.url;
  // V8 grows a heap lazily far past what is live; a cap keeps each worker's memory near its needs.
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
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
    const worker = startWorker(this.pool.setup);
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
    this.perWorker = options.tasksPerWorker ?? 2;
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

  /** A dead worker fails the articles it held (they are reported, not lost silently) and is replaced. */
  crashed(slot: Slot, error: Error): void {
    if (this.closing) return;
    const failed = [...slot.running.values()];
    slot.running.clear();
    for (const p of failed) p.reject(new Error(`extraction worker failed: ${error.message}`));
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
