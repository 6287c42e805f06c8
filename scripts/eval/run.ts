import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RawArticle } from '../../src/core/article.js';
import { toContractDoc } from '../../src/extract/contract.js';
import { createPipeline, type Pipeline } from '../../src/extract/pipeline.js';
import { readInputs } from '../../src/ingest/inputs.js';
import { POLNEAR_SCORE, SCORE, type GoldSet } from './datasets.js';
import { scoreAttributions, type AttributionScores } from './polnear-attributions.js';

export type Scores = Record<string, { p: number; r: number; f1: number; tp: number; fp: number; fn: number; attribution?: number }>;

/** Extracts every article under `docs` into the contract JSON. */
export async function extractFolder(pipeline: Pipeline, docs: string) {
  const out = [];
  for await (const item of readInputs([docs])) {
    if ('kind' in item) throw new Error(`${item.source}: ${item.reason}`);
    out.push(toContractDoc(pipeline.extract(item as RawArticle)));
  }
  return { documents: out };
}

function withTempFile<T>(content: string, fn: (file: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-eval-'));
  const file = path.join(dir, 'pred.json');
  try {
    writeFileSync(file, content);
    return fn(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Scores a gold set with ../shared/eval/score.mjs and returns its JSON result. */
export async function scoreGoldSet(pipeline: Pipeline, set: GoldSet): Promise<Scores | null> {
  if (!existsSync(set.docs) || !existsSync(set.gold)) return null;
  const { profile, lexicon, timexStyle = 'news' } = pipeline.env;
  const style = set.timexStyle ?? 'news';
  const pred = await extractFolder(style === timexStyle ? pipeline : createPipeline({ profile, lexicon, timexStyle: style }), set.docs);
  return withTempFile(JSON.stringify(pred), (file) => {
    const r = spawnSync(process.execPath, [SCORE, '--gold', set.gold, '--pred', file, '--json'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`score.mjs failed on ${set.name}: ${r.stderr}`);
    return JSON.parse(r.stdout) as Scores;
  });
}

export interface PolnearScores {
  p: number;
  r: number;
  f1: number;
  speaker: number;
  speaker_scored: number;
  /** Every attribution, indirect too, scored by spans (scripts/eval/polnear-attributions.ts). */
  all: AttributionScores;
}

/**
 * Extracts the PolNeAR dev articles, scores direct quotes with polnear-score.mjs and every attribution
 * (quotes and statements) with our span scorer.
 */
export function scorePolnear(pipeline: Pipeline, goldFile: string): PolnearScores | null {
  if (!existsSync(goldFile)) return null;
  const gold = readFileSync(goldFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const extractions = gold.map((a: { id: string; published?: string; text: string }) =>
    pipeline.extract({ id: a.id, source: a.id, format: 'text', published: a.published ?? '2016-11-01', body: a.text }),
  );
  const documents = extractions.map((x) => toContractDoc(x));
  const direct = withTempFile(JSON.stringify({ documents }), (file) => {
    const r = spawnSync(process.execPath, [POLNEAR_SCORE, '--gold', goldFile, '--pred', file, '--json'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`polnear-score.mjs failed: ${r.stderr}`);
    return JSON.parse(r.stdout);
  });
  return { ...direct, all: scoreAttributions(gold, extractions) };
}

export { createPipeline };
