import type { RawArticle } from '../../core/article.js';
import type { Profile } from '../../profile/schema.js';
import type { Extracted } from '../extractor.js';

/** What a worker is started with: the profile its pipeline is built from. */
export interface WorkerSetup {
  profile: Profile;
}

export interface Task {
  id: number;
  article: RawArticle;
}

export type TaskResult = { id: number; ok: true; result: Extracted } | { id: number; ok: false; error: string };
