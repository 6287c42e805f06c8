import type { RawArticle } from '../core/article.js';
import type { Extraction } from '../extract/extraction.js';
import { EXTRACTOR_VERSION, type Pipeline } from '../extract/pipeline.js';
import { crossArticleSteps } from '../resolve/steps.js';
import type { CrossArticleStep } from '../resolve/step.js';
import type { Store } from '../store/connect.js';
import { storedHashes } from '../store/repositories/documents.js';
import { inThreadExtractor, type Extracted, type Extractor } from './extractor.js';
import { contentHash } from './hash.js';
import { problem, type InputProblem } from './problem.js';
import { writeBatch, type BatchItem } from './write-batch.js';

export interface IngestSummary {
  read: number;
  added: number;
  duplicates: number;
  failed: number;
  stories: Set<string>;
}

export interface IngestHooks {
  onProblem?(p: InputProblem): void;
  onDocument?(article: RawArticle, status: 'added' | 'duplicate'): void;
  /** Called with each new article's extraction before it is stored (for `--explain`). */
  onExtracted?(extraction: Extraction): void;
  /** After a batch is committed: the ids of the documents it added, in input order. */
  onStored?(documentIds: readonly string[]): void;
  /** The ingest time written on new documents; a parameter so tests and rebuilds are reproducible. */
  now?: () => string;
  /** Documents per write transaction (default 64). */
  batchSize?: number;
  /** Cross-article steps run inside each write transaction; default: crossArticleSteps(). */
  steps?: readonly CrossArticleStep[];
}

/** Articles read ahead of extraction, looked up in the store with one query. */
const LOOKAHEAD = 64;
/** A batch waiting longer than this is written even if not full (slow inputs such as a pipe). */
const MAX_BATCH_WAIT_MS = 2000;

/** Text neither engine can store faithfully (PostgreSQL refuses NUL characters in text). */
function unstorable(a: RawArticle): string | null {
  for (const [field, value] of Object.entries({ id: a.id, body: a.body, title: a.title, outlet: a.outlet, url: a.url })) {
    if (value?.includes('\u0000')) return `the ${field} contains NUL characters`;
  }
  return null;
}

interface InFlight {
  article: RawArticle;
  hash: string;
  result: Promise<Extracted | Error>;
}

/**
 * Reads, extracts and stores articles. Reading is streamed; extraction runs on `extractor` (worker
 * threads, or this thread when given a pipeline) with a bounded number of articles in flight; results
 * are written in input order, a batch per transaction, so an interrupted ingest keeps whole batches and
 * a re-run skips what is stored (content hashes) and gives the same store as an uninterrupted run.
 * Articles whose content is already stored are not extracted again.
 */
export async function ingest(
  store: Store,
  extractorOrPipeline: Extractor | Pipeline,
  inputs: AsyncIterable<RawArticle | InputProblem>,
  hooks: IngestHooks = {},
): Promise<IngestSummary> {
  const extractor = 'prepare' in extractorOrPipeline ? inThreadExtractor(extractorOrPipeline) : extractorOrPipeline;
  const summary: IngestSummary = { read: 0, added: 0, duplicates: 0, failed: 0, stories: new Set() };
  const now = hooks.now ?? (() => new Date().toISOString());
  const batchSize = hooks.batchSize ?? 64;
  const steps = hooks.steps ?? crossArticleSteps();
  // Two batches ahead: the workers extract the next batch while this one is written.
  const maxInFlight = Math.max(4, 2 * batchSize);

  const fail = (p: InputProblem) => {
    summary.failed++;
    hooks.onProblem?.(p);
  };
  const duplicate = (article: RawArticle) => {
    summary.duplicates++;
    hooks.onDocument?.(article, 'duplicate');
  };

  let lookahead: Array<{ article: RawArticle; hash: string }> = [];
  /** Hashes read in this run and not yet written: a second copy is a duplicate without extraction. */
  const unwritten = new Set<string>();
  const inFlight: InFlight[] = [];
  let batch: BatchItem[] = [];
  let lastWrite = Date.now();

  async function write(): Promise<void> {
    if (!batch.length) return;
    const items = batch;
    batch = [];
    lastWrite = Date.now();
    const results = await writeBatch(store, items, { steps, profile: extractor.profile });
    const added: string[] = [];
    results.forEach((r, i) => {
      const { article, input } = items[i]!;
      unwritten.delete(input.hash);
      if ('kind' in r) return fail(r);
      if (r.status === 'id-conflict') return fail(problem(article.source, `id "${article.id}" is already stored with different content`));
      if (r.status === 'duplicate') return duplicate(article);
      summary.added++;
      summary.stories.add(r.storyId);
      added.push(r.id);
      hooks.onDocument?.(article, 'added');
    });
    if (added.length) hooks.onStored?.(added);
  }

  /** Takes the oldest article in flight (input order) into the write batch. */
  async function collect(): Promise<void> {
    const next = inFlight.shift()!;
    const r = await next.result;
    if (r instanceof Error) {
      unwritten.delete(next.hash);
      fail(problem(next.article.source, `extraction failed: ${r.message}`));
    } else {
      hooks.onExtracted?.(r.extraction);
      batch.push({
        article: next.article,
        input: { extraction: r.extraction, minhash: r.minhash, framing: r.framing, hash: next.hash, extractorVersion: EXTRACTOR_VERSION, ingestedAt: now() },
      });
    }
    if (batch.length >= batchSize || Date.now() - lastWrite > MAX_BATCH_WAIT_MS) await write();
  }

  async function dispatch(): Promise<void> {
    const stored = await storedHashes(store.db, lookahead.map((l) => l.hash));
    for (const { article, hash } of lookahead) {
      if (stored.has(hash) || unwritten.has(hash)) {
        duplicate(article);
        continue;
      }
      unwritten.add(hash);
      const result = extractor.extract(article).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
      inFlight.push({ article, hash, result });
      while (inFlight.length >= maxInFlight) await collect();
    }
    lookahead = [];
  }

  try {
    for await (const item of inputs) {
      if ('kind' in item) {
        fail(item);
        continue;
      }
      summary.read++;
      const bad = unstorable(item);
      if (bad) {
        fail(problem(item.source, bad));
        continue;
      }
      lookahead.push({ article: item, hash: contentHash(item) });
      if (lookahead.length >= LOOKAHEAD) await dispatch();
    }
    await dispatch();
    while (inFlight.length) await collect();
    await write();
  } finally {
    if (extractor !== extractorOrPipeline) await extractor.close();
  }
  return summary;
}
