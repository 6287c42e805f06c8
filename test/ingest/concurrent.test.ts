import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { syntheticArticles, toSeedFile } from '../../bench/corpus.js';
import { contentHash } from '../../src/ingest/hash.js';
import { openStore, type Engine } from '../../src/store/connect.js';
import { runParley } from '../support/cli.js';
import { dumpStore } from '../support/dump.js';
import { ENGINES, scratchDb } from '../support/engines.js';

/**
 * Concurrency: several `parley ingest` processes on overlapping inputs into one store (four into one
 * PostgreSQL schema, two into one SQLite file) store every article exactly once, lose none, and show
 * the user no lock errors.
 */
const FOLDERS = 4;
const PER_FOLDER = 150;

let corpus: string;
let uniqueContents = 0;
before(() => {
  corpus = mkdtempSync(path.join(tmpdir(), 'parley-concurrent-'));
  const hashes = new Set<string>();
  let i = 0;
  for (const a of syntheticArticles({ count: FOLDERS * PER_FOLDER, seed: 77, copyShare: 0 })) {
    const dir = path.join(corpus, `part${Math.floor(i++ / PER_FOLDER)}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${a.id}.txt`), toSeedFile(a));
    hashes.add(contentHash(a));
  }
  uniqueContents = hashes.size;
});
after(() => rmSync(corpus, { recursive: true, force: true }));

const folders = (ks: number[]) => ks.map((k) => path.join(corpus, `part${k % FOLDERS}`));

/**
 * The folders each process reads, in order. Processes that start on the same folder extract the same
 * articles at the same moment and race to store them; later folders overlap too.
 */
const PLANS: Record<Engine, number[][]> = {
  postgres: [[0, 1], [0, 2], [3, 1], [3, 2]],
  sqlite: [[0, 1, 2], [0, 3, 2]],
};

for (const { engine, skip } of ENGINES) {
  const plan = PLANS[engine];
  test(`${plan.length} ingest processes on overlapping inputs into one ${engine} store: no duplicates, no loss, no lock errors [${engine}]`, { skip, timeout: 240_000 }, async (t) => {
    const shared = await scratchDb(engine);
    const reference = await scratchDb(engine);
    try {
      // Create the store first so the processes race on data, not on the schema (tested elsewhere).
      await (await openStore(shared.spec)).close();
      const runs = await Promise.all(plan.map((ks) => runParley(['ingest', ...folders(ks), '--db', shared.spec, '--workers', '1'])));
      let addedTotal = 0;
      for (const [i, r] of runs.entries()) {
        assert.equal(r.stderr, '', `process ${i} printed nothing on stderr`);
        assert.equal(r.code, 0, `process ${i} exit code`);
        const m = /^(\d+) added, (\d+) already stored, 0 failed \((\d+) articles read\)/.exec(r.stdout);
        assert.ok(m, `process ${i} summary: ${r.stdout}`);
        assert.equal(Number(m[1]) + Number(m[2]), Number(m[3]));
        addedTotal += Number(m[1]);
      }
      t.diagnostic(runs.map((r, i) => `process ${i}: ${r.stdout.trim()}`).join('; '));
      assert.equal(addedTotal, uniqueContents, 'the processes together added each content once');

      const sequential = await runParley(['ingest', corpus, '--db', reference.spec, '--workers', '1', '--quiet']);
      assert.equal(sequential.code, 0);
      const store = await openStore(shared.spec);
      const ref = await openStore(reference.spec);
      try {
        const [got, want] = [await dumpStore(store), await dumpStore(ref)];
        assert.equal(got.documents!.length, uniqueContents);
        // Per-document rows are the same as one process storing everything; only which story a
        // near-copy joins can depend on the order the processes happened to write in.
        const orderFree = (rows: unknown[]) => rows.map((r) => ({ ...(r as object), story_id: undefined, story_similarity: undefined }));
        assert.deepEqual(orderFree(got.documents!), orderFree(want.documents!));
        for (const table of ['lsh_bands', 'mentions', 'quotes', 'statements', 'timexes', 'event_participants', 'diagnostics']) {
          assert.deepEqual(got[table], want[table], table);
        }
        // Positions and statuses carry their document's story, whichever it turned out to be.
        const storyOf = new Map((got.documents as Array<{ id: string; story_id: string }>).map((d) => [d.id, d.story_id]));
        for (const table of ['positions', 'statuses']) {
          assert.deepEqual(orderFree(got[table]!), orderFree(want[table]!), table);
          for (const r of got[table] as Array<{ id: string; document_id: string; story_id: string }>) assert.equal(r.story_id, storyOf.get(r.document_id), r.id);
        }
        // Likewise the timeline entry an event joins is named after whichever report arrived first.
        const untimed = (rows: unknown[]) => rows.map((r) => ({ ...(r as object), timeline_id: undefined }));
        assert.deepEqual(untimed(got.events!), untimed(want.events!), 'events');
        const entries = new Set((got.timeline_events as Array<{ id: string }>).map((e) => e.id));
        const joined = new Set((got.events as Array<{ timeline_id: string }>).map((e) => e.timeline_id));
        assert.deepEqual([...joined].filter((id) => !entries.has(id)), [], 'every event joins a stored timeline entry');
        assert.deepEqual([...entries].filter((id) => !joined.has(id)), [], 'no timeline entry is left without a report');
        type ActorRow = { key: string; mention_count: number; document_count: number; first_seen: string; last_seen: string };
        const counts = (rows: unknown[]) => (rows as ActorRow[]).map((a) => [a.key, a.mention_count, a.document_count, a.first_seen, a.last_seen]);
        assert.deepEqual(counts(got.actors!), counts(want.actors!), 'actor counts');
        for (const s of got.stories as Array<{ id: string; document_count: number }>) {
          assert.equal(s.document_count, got.documents!.filter((d) => (d as { story_id: string }).story_id === s.id).length, `story ${s.id}`);
        }
      } finally {
        await store.close();
        await ref.close();
      }
    } finally {
      await shared.dispose();
      await reference.dispose();
    }
  });
}
