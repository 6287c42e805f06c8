import { createPipeline, type Pipeline } from '../../src/extract/pipeline.js';
import type { RawArticle } from '../../src/core/article.js';

let shared: Pipeline | undefined;

/** One pipeline per test process: loading the profile and lexicons once keeps tests fast. */
export function pipeline(): Pipeline {
  shared ??= createPipeline();
  return shared;
}

/** An article from literal text, for extractor tests. */
export function article(body: string, published = '2025-12-07', id = 't1'): RawArticle {
  return { id, source: `${id}.txt`, format: 'seed', published, body };
}
