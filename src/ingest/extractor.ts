import type { RawArticle } from '../core/article.js';
import type { Extraction } from '../extract/extraction.js';
import type { Pipeline } from '../extract/pipeline.js';
import type { Profile } from '../profile/schema.js';
import { signature } from './dedup/minhash.js';

/** What the per-article (pure) part of ingest produces: the records and the near-duplicate signature. */
export interface Extracted {
  extraction: Extraction;
  minhash: number[];
}

/** Runs the per-article work, here or on worker threads. Results may arrive in any order. */
export interface Extractor {
  /** The profile extraction uses (cross-article steps read it too). */
  readonly profile: Profile;
  extract(article: RawArticle): Promise<Extracted>;
  close(): Promise<void>;
}

/** The per-article work itself, shared by the in-thread extractor and the workers. */
export function extractArticle(pipeline: Pipeline, article: RawArticle): Extracted {
  const extraction = pipeline.extract(article);
  return { extraction, minhash: signature(extraction.doc.text) };
}

/** Extracts on the calling thread: for tests, tiny inputs and `--workers 0`. */
export function inThreadExtractor(pipeline: Pipeline): Extractor {
  return {
    profile: pipeline.env.profile,
    extract: async (article) => extractArticle(pipeline, article),
    close: async () => {},
  };
}
