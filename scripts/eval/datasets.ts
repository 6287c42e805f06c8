import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TimexStyle } from '../../src/extract/timexes/words.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The shared development data sits beside the project checkout. */
export const SHARED = path.resolve(ROOT, '..', 'shared');
export const hasShared = (): boolean => existsSync(path.join(SHARED, 'eval', 'score.mjs'));

export interface GoldSet {
  name: string;
  docs: string;
  gold: string;
  /** The convention its gold follows (TimeML corpora mark "now" and "recently"); default: the news contract. */
  timexStyle?: TimexStyle;
}

/** Article folders with gold in the SCHEMA.md format. */
export const GOLD_SETS: GoldSet[] = [
  { name: 'examples', docs: path.join(ROOT, 'examples', 'articles'), gold: path.join(ROOT, 'examples', 'gold') },
  { name: 'seeds', docs: path.join(SHARED, 'corpus', 'seeds'), gold: path.join(SHARED, 'eval', 'gold', 'seeds') },
  { name: 'dev', docs: path.join(SHARED, 'corpus', 'dev'), gold: path.join(SHARED, 'eval', 'gold', 'dev') },
  { name: 'timebank', docs: path.join(SHARED, 'bench', 'timex', 'docs'), gold: path.join(SHARED, 'bench', 'timex', 'gold'), timexStyle: 'timeml' },
];

export const POLNEAR_DEV = path.join(SHARED, 'bench', 'polnear', 'dev.jsonl');
export const SCORE = path.join(SHARED, 'eval', 'score.mjs');
export const POLNEAR_SCORE = path.join(SHARED, 'eval', 'polnear-score.mjs');
