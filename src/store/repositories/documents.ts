import type { Kysely, Transaction } from 'kysely';
import type { Extraction } from '../../extract/extraction.js';
import { bandKeys, encodeSketch, type Sketch } from '../../ingest/dedup/minhash.js';
import { addCounts } from '../../resolve/framing.js';
import type { Database } from '../schema.js';
import { upsertActors } from './actors.js';
import { addDailyCounts } from './daily-counts.js';
import { insertRows } from '../bulk-insert.js';
import { insertRecords } from './records.js';
import { StoryMatcher } from './stories.js';
import { earlierOf } from './upsert-extremes.js';

export interface SaveInput {
  extraction: Extraction;
  hash: string;
  /** MinHash sketch of the cleaned text (near-duplicate detection). */
  minhash: Sketch;
  extractorVersion: number;
  ingestedAt: string;
  /** Framing markers counted in the text (see src/resolve/framing.ts); summed into the outlet's. */
  framing?: Record<string, number>;
}

export type SaveResult =
  | { status: 'added'; id: string; storyId: string }
  | { status: 'duplicate'; existingId: string }
  | { status: 'id-conflict' };

/** Largest IN list per lookup query. */
const LOOKUP = 500;

/** Stored documents among the given content hashes and ids. */
async function storedAmong(db: Kysely<Database>, hashes: string[], ids: string[]) {
  const rows: Array<{ id: string; content_hash: string }> = [];
  for (let i = 0; i < Math.max(hashes.length, ids.length); i += LOOKUP) {
    const h = hashes.slice(i, i + LOOKUP);
    const d = ids.slice(i, i + LOOKUP);
    rows.push(
      ...(await db
        .selectFrom('documents')
        .select(['id', 'content_hash'])
        .where((eb) => eb.or([...(h.length ? [eb('content_hash', 'in', h)] : []), ...(d.length ? [eb('id', 'in', d)] : [])]))
        .execute()),
    );
  }
  return rows;
}

/** Content hashes already stored, for skipping extraction of known articles. */
export async function storedHashes(db: Kysely<Database>, hashes: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < hashes.length; i += LOOKUP) {
    const rows = await db.selectFrom('documents').select('content_hash').where('content_hash', 'in', hashes.slice(i, i + LOOKUP)).execute();
    for (const r of rows) out.add(r.content_hash);
  }
  return out;
}

/**
 * Stores extracted documents and their records, in order, inside the caller's transaction: run it in
 * `store.write` so a batch lands whole or not at all. A document whose content hash is already stored
 * (or appears earlier in the batch) is a duplicate and adds nothing; one whose id is taken by other
 * content is an id conflict. Each new document joins the story of its most similar predecessor, so
 * the same documents in the same order give the same stories however they are batched. Documents,
 * bands and records are written table by table in multi-row statements.
 */
export async function saveDocuments(trx: Transaction<Database>, inputs: readonly SaveInput[]): Promise<SaveResult[]> {
  const existing = await storedAmong(trx, inputs.map((i) => i.hash), inputs.map((i) => i.extraction.doc.id));
  const idByHash = new Map(existing.map((e) => [e.content_hash, e.id]));
  const takenIds = new Set(existing.map((e) => e.id));
  const results: SaveResult[] = [];
  const added: SaveInput[] = [];
  const stories = new Set<string>();
  const matcher = new StoryMatcher(trx);
  await matcher.prepare(inputs.filter((i) => !idByHash.has(i.hash) && !takenIds.has(i.extraction.doc.id)).map((i) => ({ id: i.extraction.doc.id, sketch: i.minhash })));
  const documentRows: object[] = [];
  const bandRows: object[] = [];
  const sketchRows: object[] = [];
  for (const input of inputs) {
    const doc = input.extraction.doc;
    const same = idByHash.get(input.hash);
    if (same !== undefined) {
      results.push({ status: 'duplicate', existingId: same });
      continue;
    }
    if (takenIds.has(doc.id)) {
      results.push({ status: 'id-conflict' });
      continue;
    }
    idByHash.set(input.hash, doc.id);
    takenIds.add(doc.id);
    const { storyId, similarity } = await matcher.match(doc.id, input.minhash);
    documentRows.push(documentRow(input, storyId, similarity));
    for (const band of new Set(bandKeys(input.minhash.sig))) bandRows.push({ band, document_id: doc.id });
    sketchRows.push({ document_id: doc.id, story_id: storyId, sketch: encodeSketch(input.minhash) });
    stories.add(storyId);
    added.push(input);
    results.push({ status: 'added', id: doc.id, storyId });
  }
  if (!added.length) return results;
  await insertRows(trx, 'documents', documentRows);
  await insertRows(trx, 'lsh_bands', bandRows);
  await insertRows(trx, 'document_sketches', sketchRows);
  const xs = added.map((a) => a.extraction);
  const storyOf = new Map(results.flatMap((r) => (r.status === 'added' ? [[r.id, r.storyId] as const] : [])));
  await insertRecords(trx, xs.map((x) => ({ extraction: x, storyId: storyOf.get(x.doc.id)! })));
  await upsertActors(trx, xs);
  await refreshStories(trx, [...stories]);
  await addToOutlets(trx, added);
  await addDailyCounts(trx, xs);
  return results;
}

function documentRow(input: SaveInput, storyId: string, storySimilarity: number): Database['documents'] {
  const doc = input.extraction.doc;
  return {
    id: doc.id,
    content_hash: input.hash,
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
    // In document_sketches (migration 026).
    minhash: '',
    story_id: storyId,
    story_similarity: storySimilarity,
    extractor_version: input.extractorVersion,
    ingested_at: input.ingestedAt,
    framing: input.framing ? JSON.stringify(input.framing) : null,
  };
}

/** Recomputes the given stories' first date, document and outlet counts from their documents. */
async function refreshStories(trx: Transaction<Database>, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += LOOKUP) {
    const aggs = await trx
      .selectFrom('documents')
      .select((eb) => [
        'story_id',
        eb.fn.min('published').as('first'),
        eb.fn.countAll<number>().as('docs'),
        eb.fn.count<number>('outlet').distinct().as('outlets'),
      ])
      .where('story_id', 'in', ids.slice(i, i + LOOKUP))
      .groupBy('story_id')
      .orderBy('story_id')
      .execute();
    if (!aggs.length) continue;
    await trx
      .insertInto('stories')
      .values(aggs.map((a) => ({ id: a.story_id, first_published: String(a.first), document_count: Number(a.docs), outlet_count: Number(a.outlets) })))
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          first_published: eb.ref('excluded.first_published'),
          document_count: eb.ref('excluded.document_count'),
          outlet_count: eb.ref('excluded.outlet_count'),
        })),
      )
      .execute();
  }
}

/** Adds documents to their outlets' counts; an outlet's first date is the earliest seen. */
async function addToOutlets(trx: Transaction<Database>, inputs: readonly SaveInput[]): Promise<void> {
  const outlets = new Map<string, Omit<Database['outlets'], 'framing'> & { framing: Record<string, number> }>();
  for (const { extraction, framing } of inputs) {
    const doc = extraction.doc;
    if (!doc.outlet) continue;
    const o = outlets.get(doc.outlet) ?? {
      name: doc.outlet, first_published: doc.published, document_count: 0, quote_count: 0, event_count: 0, position_count: 0, status_count: 0, framing: {},
    };
    o.document_count += 1;
    o.quote_count += extraction.quotes.length;
    o.event_count += extraction.events.length;
    o.position_count += extraction.positions.length;
    o.status_count += extraction.statuses.length;
    if (doc.published < o.first_published) o.first_published = doc.published;
    o.framing = addCounts(o.framing, framing ?? {});
    outlets.set(doc.outlet, o);
  }
  if (!outlets.size) return;
  const names = [...outlets.keys()].sort();
  // Framing counts are JSON: sum them with the stored ones here rather than in SQL.
  for (let i = 0; i < names.length; i += LOOKUP) {
    const stored = await trx.selectFrom('outlets').select(['name', 'framing']).where('name', 'in', names.slice(i, i + LOOKUP)).execute();
    for (const r of stored) {
      const o = outlets.get(r.name)!;
      o.framing = addCounts(JSON.parse(r.framing) as Record<string, number>, o.framing);
    }
  }
  const rows = names.map((n) => {
    const o = outlets.get(n)!;
    return { ...o, framing: JSON.stringify(o.framing) };
  });
  for (let i = 0; i < rows.length; i += 200) {
    await trx
      .insertInto('outlets')
      .values(rows.slice(i, i + 200))
      .onConflict((oc) =>
        oc.column('name').doUpdateSet((eb) => ({
          document_count: eb('outlets.document_count', '+', eb.ref('excluded.document_count')),
          quote_count: eb('outlets.quote_count', '+', eb.ref('excluded.quote_count')),
          event_count: eb('outlets.event_count', '+', eb.ref('excluded.event_count')),
          position_count: eb('outlets.position_count', '+', eb.ref('excluded.position_count')),
          status_count: eb('outlets.status_count', '+', eb.ref('excluded.status_count')),
          first_published: earlierOf('outlets.first_published', 'excluded.first_published'),
          framing: eb.ref('excluded.framing'),
        })),
      )
      .execute();
  }
}
