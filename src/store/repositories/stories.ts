import type { Kysely } from 'kysely';
import { bandKeys, decodeSketch, sameStory, type Sketch } from '../../ingest/dedup/minhash.js';
import type { Database } from '../schema.js';

/** Candidates compared per new document, those sharing the most LSH bands first. */
const STORY_CANDIDATES = 50;
/** Largest IN list per query. */
const LOOKUP = 500;
/** Band rows fetched for a whole batch at most; beyond (very common bands), documents query one by one. */
const BATCH_BAND_ROWS = 50_000;

export interface StoryMatch {
  storyId: string;
  /** Similarity to the most similar earlier document of the story (1 when the document starts it). */
  similarity: number;
}

interface Candidate {
  id: string;
  sketch: Sketch;
  storyId: string;
  bands: number;
}

const byRank = (a: Candidate, b: Candidate) => b.bands - a.bands || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Assigns stories to a batch's new documents in order: each joins the story of its most similar
 * predecessor among the stored documents and the batch's earlier ones (the candidates sharing the most
 * LSH bands), so a batch gives the same stories as storing its documents one by one. The stored
 * candidates of the whole batch are read up front in a few queries; the batch's own documents are
 * matched in memory and written together afterwards.
 */
export class StoryMatcher {
  /** New document id -> its best stored candidates, when read up front. */
  private readonly stored = new Map<string, Candidate[]>();
  /** Band key -> the batch's documents with that band. */
  private readonly batch = new Map<string, Array<{ id: string; sketch: Sketch; storyId: string }>>();

  constructor(private readonly db: Kysely<Database>) {}

  /** Reads the stored candidates of all the batch's documents (skipped when their bands are too common). */
  async prepare(docs: ReadonlyArray<{ id: string; sketch: Sketch }>): Promise<void> {
    const bandsOf = docs.map((d) => [...new Set(bandKeys(d.sketch.sig))]);
    const all = [...new Set(bandsOf.flat())];
    const holders = new Map<string, string[]>();
    let rows = 0;
    for (let i = 0; i < all.length; i += LOOKUP) {
      const found = await this.db
        .selectFrom('lsh_bands')
        .select(['band', 'document_id'])
        .where('band', 'in', all.slice(i, i + LOOKUP))
        .limit(BATCH_BAND_ROWS - rows + 1)
        .execute();
      rows += found.length;
      if (rows > BATCH_BAND_ROWS) return;
      for (const r of found) {
        const list = holders.get(r.band);
        if (list) list.push(r.document_id);
        else holders.set(r.band, [r.document_id]);
      }
    }
    const ranked = bandsOf.map((bands) => {
      const counts = new Map<string, number>();
      for (const b of bands) for (const id of holders.get(b) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
      return [...counts].map(([id, n]) => ({ id, bands: n })).sort((a, b) => b.bands - a.bands || (a.id < b.id ? -1 : 1)).slice(0, STORY_CANDIDATES);
    });
    const wanted = [...new Set(ranked.flat().map((c) => c.id))];
    const docsById = new Map<string, { sketch: Sketch; storyId: string }>();
    for (let i = 0; i < wanted.length; i += LOOKUP) {
      const found = await this.db
        .selectFrom('document_sketches')
        .select(['document_id', 'sketch', 'story_id'])
        .where('document_id', 'in', wanted.slice(i, i + LOOKUP))
        .execute();
      for (const d of found) docsById.set(d.document_id, { sketch: decodeSketch(d.sketch), storyId: d.story_id });
    }
    docs.forEach((d, i) =>
      this.stored.set(
        d.id,
        ranked[i]!.map((c) => {
          const stored = docsById.get(c.id)!;
          return { id: c.id, bands: c.bands, sketch: stored.sketch, storyId: stored.storyId };
        }),
      ),
    );
  }

  /** The stored candidates of one document, by query (when not read up front). */
  private async query(bands: string[]): Promise<Candidate[]> {
    const rows = await this.db
      .selectFrom('document_sketches')
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
        (join) => join.onRef('shared.document_id', '=', 'document_sketches.document_id'),
      )
      .select(['document_sketches.document_id', 'document_sketches.sketch', 'document_sketches.story_id', 'shared.bands'])
      .execute();
    return rows.map((c) => ({ id: c.document_id, sketch: decodeSketch(c.sketch), storyId: c.story_id, bands: Number(c.bands) }));
  }

  async match(id: string, sketch: Sketch): Promise<StoryMatch> {
    const bands = [...new Set(bandKeys(sketch.sig))];
    const stored = this.stored.get(id) ?? (await this.query(bands));
    const local = new Map<string, Candidate>();
    for (const band of bands) {
      for (const d of this.batch.get(band) ?? []) {
        const c = local.get(d.id) ?? { id: d.id, sketch: d.sketch, storyId: d.storyId, bands: 0 };
        c.bands++;
        local.set(d.id, c);
      }
    }
    let best: StoryMatch | null = null;
    for (const c of [...stored, ...local.values()].sort(byRank).slice(0, STORY_CANDIDATES)) {
      const { same, score } = sameStory(sketch, c.sketch);
      if (same && (!best || score > best.similarity)) best = { storyId: c.storyId, similarity: score };
    }
    const match = best ?? { storyId: id, similarity: 1 };
    for (const band of bands) {
      const list = this.batch.get(band) ?? [];
      list.push({ id, sketch, storyId: match.storyId });
      this.batch.set(band, list);
    }
    return match;
  }
}
