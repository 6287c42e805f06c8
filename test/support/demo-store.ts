import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RawArticle } from '../../src/core/article.js';
import { createPipeline } from '../../src/extract/pipeline.js';
import { ingest } from '../../src/ingest/ingest.js';
import { readInputs } from '../../src/ingest/inputs.js';
import { loadMetadata } from '../../src/ingest/metadata.js';
import type { InputProblem } from '../../src/ingest/problem.js';
import { openStore, type Store } from '../../src/store/connect.js';
import { ROOT, SHARED } from '../../scripts/eval/datasets.js';
import { HOSTILE_ARTICLE } from './hostile.js';

/**
 * A store for API and UI tests, built by the real extractors from real articles: the example corpus
 * (with its outlets from examples/manifest.json) when it is there, else the shared seeds and dev sets,
 * whose articles get a clearly fake outlet ("Fixture …"). A hostile article with script payloads is added.
 */

export interface DemoStore {
  store: Store;
  file: string;
}

const FIXTURE_OUTLETS = ['Fixture Wire', 'Fixture Daily', 'Fixture Review'];
const EXAMPLES = path.join(ROOT, 'examples');

/** Article folders: the example corpus if present, else ../shared seeds and dev. */
export function demoCorpora(): string[] {
  const examples = path.join(EXAMPLES, 'articles');
  if (existsSync(examples)) return [examples];
  return ['seeds', 'dev'].map((s) => path.join(SHARED, 'corpus', s)).filter((d) => existsSync(d));
}

const hash = (s: string) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);

/** Gives articles without metadata a title from their first sentence and a fixture outlet. */
function withFixtureMetadata(a: RawArticle): RawArticle {
  const firstLine = a.body.trim().split('\n')[0] ?? '';
  const sentence = /^.{20,160}?[.!?](?=\s|$)/.exec(firstLine)?.[0] ?? firstLine.slice(0, 120);
  return {
    ...a,
    title: a.title ?? sentence,
    outlet: a.outlet ?? FIXTURE_OUTLETS[hash(a.id) % FIXTURE_OUTLETS.length]!,
  };
}

async function* articles(folders: string[], hostile: boolean): AsyncGenerator<RawArticle | InputProblem> {
  const manifest = path.join(EXAMPLES, 'manifest.json');
  const metadata = existsSync(manifest) ? loadMetadata(manifest) : undefined;
  for await (const item of readInputs(folders, { ...(metadata && { metadata }) })) yield 'kind' in item ? item : withFixtureMetadata(item);
  if (hostile) yield HOSTILE_ARTICLE;
}

/** Tests that need the demo store skip with a reason when there are no articles to build it from. */
export const demoSkip = (): string | false =>
  demoCorpora().length ? false : `needs examples/articles or ${SHARED}/corpus`;

/** Builds the demo store in `file` (default: a new temporary file); `hostile: false` leaves out the payload article. */
export async function buildDemoStore(file?: string, options: { hostile?: boolean } = {}): Promise<DemoStore> {
  const target = file ?? path.join(mkdtempSync(path.join(tmpdir(), 'parley-demo-')), 'demo.db');
  const folders = demoCorpora();
  if (!folders.length) throw new Error(`No articles for the demo store: neither examples/articles nor ${SHARED}/corpus exist`);
  const store = await openStore(target);
  const summary = await ingest(store, createPipeline(), articles(folders, options.hostile ?? true), { now: () => '2026-01-01T00:00:00.000Z' });
  if (summary.failed) throw new Error(`demo store: ${summary.failed} articles failed to ingest`);
  return { store, file: target };
}
