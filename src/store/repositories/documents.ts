import type { Kysely } from 'kysely';
import type { Extraction } from '../../extract/extraction.js';
import { bandKeys, decodeSketch, encodeSketch, sameStory, type Sketch } from '../../ingest/dedup/minhash.js';
import type { Database } from '../schema.js';
import { insertBatched, insertRecords } from './records.js';
import { upsertActors } from './actors.js';
import { addCounts } from '../../resolve/framing.js';
import { linkDocumentEvents, type TimelineOptions } from '../../resolve/timeline.js';

export interface SaveInput {
  extraction: Extraction;
  hash: string;
  /** MinHash sketch of the cleaned text (near-duplicate detection). */
  minhash: Sketch;
  extractorVersion: number;
  ingestedAt: string;
  /** Framing markers counted in the text (see src/resolve/framing.ts); summed into the outlet's. */
  framing?: Record<string, number>;
  /** When given, the document's event reports are merged into the timeline in the same transaction. */
  timeline?: TimelineOptions;
}

export type SaveResult = { status: 'added'; storyId: string } | { status: 'duplicate'; existingId: string } | { status: 'id-conflict' };

/** Candidates compared per new document, those sharing the most LSH bands first. */
const STORY_CANDIDATES = 50;

/** Finds the story of the most similar stored document that shares LSH bands, if it is the same story. */
async function findStory(db: Kysely<Database>, sketch: Sketch): Promise<{ storyId: string; similarity: number } | null> {
  const shared = await db
    .selectFrom('lsh_bands')
    .select((eb) => ['lsh_bands.document_id', eb.fn.countAll<number>().as('bands')])
    .where('lsh_bands.band', 'in', [...new Set(bandKeys(sketch.sig))])
    .groupBy('lsh_bands.document_id')
    .orderBy('bands', 'desc')
    .orderBy('lsh_bands.document_id')
    .limit(STORY_CANDIDATES)
    .execute();
  if (!shared.length) return null;
  const candidates = await db
    .selectFrom('documents')
    .select(['id', 'minhash', 'story_id'])
    .where('id', 'in', shared.map((c) => c.document_id))
    .orderBy('id')
    .execute();
  let best: { storyId: string; similarity: number } | null = null;
  for (const c of candidates) {
    const { same, score } = sameStory(sketch, decodeSketch(c.minhash));
    if (same && (!best || score > best.similarity)) best = { storyId: c.story_id, similarity: score };
  }
  return best;
}

/**
 * Stores one extracted document and its records in one transaction: either all of it lands or none.
 * A document whose content hash is already stored is a duplicate and adds nothing.
 */
export async function saveDocument(db: Kysely<Database>, input: SaveInput): Promise<SaveResult> {
  const { extraction: x, hash } = input;
  const doc = x.doc;
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('documents').select(['id', 'content_hash']).where((eb) => eb.or([eb('content_hash', '=', hash), eb('id', '=', doc.id)])).execute();
    const same = existing.find((e) => e.content_hash === hash);
    if (same) return { status: 'duplicate', existingId: same.id } as const;
    if (existing.length) return { status: 'id-conflict' } as const;

    const story = await findStory(trx, input.minhash);
    const storyId = story?.storyId ?? doc.id;
    await trx
      .insertInto('documents')
      .values({
        id: doc.id,
        content_hash: hash,
        source: doc.source,
        format: doc.format,
        url: doc.url ?? null,
        title: doc.title ?? null,
        outlet: doc.outlet ?? null,
        published: doc.published,
        raw_text: doc.raw,
        text: doc.text,
        segments: JSON.stringify(doc.segments),
        removed: JSON.stringify(doc.removed),
        sentences: JSON.stringify(doc.sentences),
        minhash: encodeSketch(input.minhash),
        story_id: storyId,
        story_similarity: story?.similarity ?? 1,
        extractor_version: input.extractorVersion,
        ingested_at: input.ingestedAt,
        framing: input.framing ? JSON.stringify(input.framing) : null,
      })
      .execute();
    await insertBatched(trx, 'lsh_bands', [...new Set(bandKeys(input.minhash.sig))].map((band) => ({ band, document_id: doc.id })));
    await insertRecords(trx, x);
    await upsertActors(trx, x);
    await updateStory(trx, storyId);
    if (input.timeline) await linkDocumentEvents(trx, doc.id, input.timeline);
    if (doc.outlet) await updateOutlet(trx, doc.outlet, doc.published, input.framing ?? {});
    return { status: 'added', storyId } as const;
  });
}

async function updateStory(db: Kysely<Database>, storyId: string): Promise<void> {
  const agg = await db
    .selectFrom('documents')
    .select((eb) => [
      eb.fn.min('published').as('first'),
      eb.fn.countAll<number>().as('docs'),
      eb.fn.count<number>('outlet').distinct().as('outlets'),
    ])
    .where('story_id', '=', storyId)
    .executeTakeFirstOrThrow();
  const row = { first_published: String(agg.first), document_count: Number(agg.docs), outlet_count: Number(agg.outlets) };
  await db
    .insertInto('stories')
    .values({ id: storyId, ...row })
    .onConflict((oc) => oc.column('id').doUpdateSet(row))
    .execute();
}

async function updateOutlet(db: Kysely<Database>, outlet: string, published: string, framing: Record<string, number>): Promise<void> {
  const row = await db.selectFrom('outlets').select('framing').where('name', '=', outlet).executeTakeFirst();
  const total = addCounts(row ? (JSON.parse(row.framing) as Record<string, number>) : {}, framing);
  await db
    .insertInto('outlets')
    .values({ name: outlet, first_published: published, document_count: 1, framing: JSON.stringify(total) })
    .onConflict((oc) =>
      oc.column('name').doUpdateSet((eb) => ({
        document_count: eb('outlets.document_count', '+', 1),
        first_published: eb.fn('min', [eb.ref('outlets.first_published'), eb.val(published)]),
        framing: JSON.stringify(total),
      })),
    )
    .execute();
}
