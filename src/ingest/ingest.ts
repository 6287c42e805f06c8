import type { RawArticle } from '../core/article.js';
import type { Extraction } from '../extract/extraction.js';
import { EXTRACTOR_VERSION, type Pipeline } from '../extract/pipeline.js';
import type { Store } from '../store/connect.js';
import { saveDocument } from '../store/repositories/documents.js';
import { timelineOptions } from '../resolve/timeline.js';
import { sketch } from './dedup/minhash.js';
import { contentHash } from './hash.js';
import { problem, type InputProblem } from './problem.js';
import { framingCounter } from '../resolve/framing.js';

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
  /** The ingest time written on new documents; a parameter so tests and rebuilds are reproducible. */
  now?: () => string;
}

/**
 * Reads, extracts and stores articles one at a time. Each document is stored in its own transaction,
 * so an interrupted ingest keeps what it finished and a re-run picks up the rest (content hashes).
 */
export async function ingest(
  store: Store,
  pipeline: Pipeline,
  inputs: AsyncIterable<RawArticle | InputProblem>,
  hooks: IngestHooks = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { read: 0, added: 0, duplicates: 0, failed: 0, stories: new Set() };
  const now = hooks.now ?? (() => new Date().toISOString());
  const framing = framingCounter(pipeline.env.lexicon);
  const timeline = timelineOptions(pipeline.env.profile);
  const fail = (p: InputProblem) => {
    summary.failed++;
    hooks.onProblem?.(p);
  };
  for await (const item of inputs) {
    if ('kind' in item) {
      fail(item);
      continue;
    }
    summary.read++;
    const hash = contentHash(item);
    const existing = await store.db.selectFrom('documents').select('id').where('content_hash', '=', hash).executeTakeFirst();
    if (existing) {
      summary.duplicates++;
      hooks.onDocument?.(item, 'duplicate');
      continue;
    }
    let extraction;
    try {
      extraction = pipeline.extract(item);
    } catch (e) {
      fail(problem(item.source, `extraction failed: ${(e as Error).message}`));
      continue;
    }
    hooks.onExtracted?.(extraction);
    const result = await saveDocument(store.db, {
      extraction,
      hash,
      minhash: sketch(extraction.doc.text),
      extractorVersion: EXTRACTOR_VERSION,
      ingestedAt: now(),
      framing: framing(extraction.doc.text),
      timeline,
    });
    if (result.status === 'id-conflict') {
      fail(problem(item.source, `id "${item.id}" is already stored with different content`));
      continue;
    }
    if (result.status === 'duplicate') summary.duplicates++;
    else {
      summary.added++;
      summary.stories.add(result.storyId);
    }
    hooks.onDocument?.(item, result.status);
  }
  return summary;
}
