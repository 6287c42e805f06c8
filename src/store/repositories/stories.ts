import type { Kysely } from 'kysely';
import { bandKeys, SAME_STORY, similarity } from '../../ingest/dedup/minhash.js';
import type { Database } from '../schema.js';

/** Candidates compared per new document, those sharing the most LSH bands first. */
const STORY_CANDIDATES = 50;

export interface StoryMatch {
  storyId: string;
  /** Similarity to the most similar earlier document of the story (1 when the document starts it). */
  similarity: number;
}

interface Candidate {
  id: string;
  sig: number[];
  storyId: string;
  bands: number;
}

const byRank = (a: Candidate, b: Candidate) => b.bands - a.bands || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Assigns stories to a batch's new documents in order. Each document joins the story of its most
 * similar predecessor among the stored documents and the batch's earlier ones, so a batch gives the
 * same stories as storing its documents one by one, with one query per document and none of them
 * written yet (they are inserted together afterwards).
 */
export class StoryMatcher {
  /** Band key -> the batch's documents with that band. */
  private readonly batch = new Map<string, Array<{ id: string; sig: number[]; storyId: string }>>();

  constructor(private readonly db: Kysely<Database>) {}

  async match(id: string, sig: number[]): Promise<StoryMatch> {
    const bands = [...new Set(bandKeys(sig))];
    const stored = await this.db
      .selectFrom('documents')
      .innerJoin(
        (eb) =>
          eb
            .selectFrom('lsh_bands')
            .select((b) => ['document_id', b.fn.countAll<number>().as('bands')])
            .where('band', 'in', bands)
            .groupBy('document_id')
            .orderBy('bands', 'desc')
            .orderBy('document_id')
            .limit(STORY_CANDIDATES)
            .as('shared'),
        (join) => join.onRef('shared.document_id', '=', 'documents.id'),
      )
      .select(['documents.id', 'documents.minhash', 'documents.story_id', 'shared.bands'])
      .execute();
    const candidates: Candidate[] = stored.map((c) => ({ id: c.id, sig: JSON.parse(c.minhash) as number[], storyId: c.story_id, bands: Number(c.bands) }));
    const local = new Map<string, Candidate>();
    for (const band of bands) {
      for (const d of this.batch.get(band) ?? []) {
        const c = local.get(d.id) ?? { ...d, bands: 0 };
        c.bands++;
        local.set(d.id, c);
      }
    }
    let best: StoryMatch | null = null;
    for (const c of [...candidates, ...local.values()].sort(byRank).slice(0, STORY_CANDIDATES)) {
      const s = similarity(sig, c.sig);
      if (s >= SAME_STORY && (!best || s > best.similarity)) best = { storyId: c.storyId, similarity: s };
    }
    const match = best ?? { storyId: id, similarity: 1 };
    for (const band of bands) {
      const list = this.batch.get(band) ?? [];
      list.push({ id, sig, storyId: match.storyId });
      this.batch.set(band, list);
    }
    return match;
  }
}
