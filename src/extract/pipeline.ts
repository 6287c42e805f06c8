import type { Doc } from '../core/article.js';
import type { RawArticle } from '../core/article.js';
import { clean } from '../ingest/clean/clean.js';
import { noiseRules } from '../ingest/clean/rules.js';
import { createSegmenter } from '../nlp/segment.js';
import { Lexicon } from '../nlp/lexicon.js';
import { loadProfile } from '../profile/load.js';
import type { Profile } from '../profile/schema.js';
import { actorsStage } from './actors/index.js';
import { eventsStage } from './events/index.js';
import type { Extraction, StageEnv, StageFactory } from './extraction.js';
import { positionsStage } from './positions/index.js';
import { quotesStage } from './quotes/index.js';
import { statusesStage } from './statuses/index.js';
import { timexesStage } from './timexes/index.js';
import type { TimexStyle } from './timexes/words.js';

/** Bumped whenever a change alters what extraction produces, so stored records can be re-extracted. */
export const EXTRACTOR_VERSION = 1;

/**
 * The default stage order, written down once. Actors come first because every later stage resolves
 * names through them; timexes before events (dates); quotes before positions (who said it).
 */
export const DEFAULT_STAGES: readonly StageFactory[] = Object.freeze([
  actorsStage,
  timexesStage,
  quotesStage,
  eventsStage,
  positionsStage,
  statusesStage,
]);

export interface Pipeline {
  readonly env: StageEnv;
  /** Cleans and segments an article. */
  prepare(article: RawArticle): Doc;
  /** Runs every stage on an article: a pure function of (article, profile, lexicon). */
  extract(article: RawArticle): Extraction;
}

export interface PipelineOptions {
  profile?: Profile;
  lexicon?: Lexicon;
  stages?: readonly StageFactory[];
  timexStyle?: TimexStyle;
}

export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const profile = options.profile ?? loadProfile();
  const lexicon = options.lexicon ?? Lexicon.load(profile.language);
  const env: StageEnv = { profile, lexicon, ...(options.timexStyle && { timexStyle: options.timexStyle }) };
  const rules = noiseRules(lexicon);
  const segmenter = createSegmenter(lexicon);
  const stages = (options.stages ?? DEFAULT_STAGES).map((factory) => factory(env));

  function prepare(article: RawArticle): Doc {
    const cleaned = clean(article.body, rules);
    const paragraphs = segmenter.paragraphs(cleaned.text);
    return {
      id: article.id,
      published: article.published,
      ...(article.title !== undefined && { title: article.title }),
      ...(article.url !== undefined && { url: article.url }),
      ...(article.outlet !== undefined && { outlet: article.outlet }),
      source: article.source,
      format: article.format,
      raw: article.body,
      text: cleaned.text,
      segments: cleaned.segments,
      removed: cleaned.removed,
      paragraphs,
      sentences: segmenter.sentences(cleaned.text, paragraphs),
    };
  }

  function extract(article: RawArticle): Extraction {
    let x: Extraction = {
      doc: prepare(article),
      actors: [],
      mentions: [],
      quotes: [],
      statements: [],
      timexes: [],
      events: [],
      positions: [],
      statuses: [],
      diagnostics: [],
    };
    for (const stage of stages) {
      const added = stage(x);
      x = { ...x, ...added, diagnostics: [...x.diagnostics, ...(added.diagnostics ?? [])] };
    }
    return x;
  }

  return { env, prepare, extract };
}
