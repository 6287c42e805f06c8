import type { RawArticle } from '../../src/core/article.js';
import type { Pipeline } from '../../src/extract/pipeline.js';
import { extractArticle } from '../../src/ingest/extractor.js';
import { contentHash } from '../../src/ingest/hash.js';
import type { SaveInput } from '../../src/store/repositories/documents.js';
import { syntheticArticles } from '../../bench/corpus.js';

/** `count` synthetic articles (deterministic for a seed), without near-copies unless asked. */
export const synthetic = (count: number, seed = 1, rewriteShare = 0): RawArticle[] =>
  [...syntheticArticles({ count, seed, rewriteShare, copyShare: 0 })];

/** What the ingest hands to `saveDocuments` for an article. */
export function saveInput(pipeline: Pipeline, article: RawArticle): SaveInput {
  const { extraction, minhash } = extractArticle(pipeline, article);
  return { extraction, minhash, hash: contentHash(article), extractorVersion: 1, ingestedAt: '2026-01-01T00:00:00.000Z' };
}
