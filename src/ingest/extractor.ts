import type { RawArticle } from '../core/article.js';
import type { Extraction } from '../extract/extraction.js';
import type { Pipeline } from '../extract/pipeline.js';
import type { Profile } from '../profile/schema.js';
import { framingCounter } from '../resolve/framing.js';
import { sketch, type Sketch } from './dedup/minhash.js';

/** What the per-article (pure) part of ingest produces: the records, the near-duplicate sketch, framing counts. */
export interface Extracted {
  extraction: Extraction;
  minhash: Sketch;
  /** Framing markers counted in the text (see src/resolve/framing.ts). */
  framing: Record<string, number>;
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
  const text = extraction.doc.text;
  return { extraction, minhash: sketch(text), framing: framingOf(pipeline)(text) };
}

const counters = new WeakMap<Pipeline, (text: string) => Record<string, number>>();
/** The framing counter of a pipeline's lexicon, compiled once. */
function framingOf(pipeline: Pipeline): (text: string) => Record<string, number> {
  let count = counters.get(pipeline);
  if (!count) counters.set(pipeline, (count = framingCounter(pipeline.env.lexicon)));
  return count;
}

/** Extracts on the calling thread: for tests, tiny inputs and `--workers 0`. */
export function inThreadExtractor(pipeline: Pipeline): Extractor {
  return {
    profile: pipeline.env.profile,
    extract: async (article) => extractArticle(pipeline, article),
    close: async () => {},
  };
}
