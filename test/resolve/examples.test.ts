import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { ingest } from '../../src/ingest/ingest.js';
import { readInputs } from '../../src/ingest/inputs.js';
import { buildBrief } from '../../src/resolve/brief.js';
import { buildMatrix } from '../../src/resolve/matrix.js';
import { planVersionReader } from '../../src/resolve/plans.js';
import { openStore, type Store } from '../../src/store/connect.js';
import { documentTexts, eventRows, positionRows, statusRows, type PositionRow, type StatusRow } from '../../src/store/queries/positions.js';
import { ROOT } from '../../scripts/eval/datasets.js';
import { pipeline } from '../support/pipeline.js';
import { position, status } from './rows.js';

const EXAMPLES = path.join(ROOT, 'examples');
const skip = existsSync(path.join(EXAMPLES, 'gold')) ? false : 'needs the example corpus (examples/)';
const SINCE = '2025-12-15';

let dir: string;
let store: Store;
before(async () => {
  if (skip) return;
  dir = mkdtempSync(path.join(tmpdir(), 'parley-examples-'));
  store = await openStore(path.join(dir, 'examples.db'));
  await ingest(store, pipeline(), readInputs([path.join(EXAMPLES, 'articles')]), { now: () => '2026-02-06T00:00:00Z' });
});
after(async () => {
  if (skip) return;
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The example gold as store rows: what a perfect extraction would have stored. */
function goldRows(): { positions: PositionRow[]; statuses: StatusRow[] } {
  const positions: PositionRow[] = [];
  const statuses: StatusRow[] = [];
  for (const f of readdirSync(path.join(EXAMPLES, 'gold')).filter((x) => x.endsWith('.json'))) {
    const d = JSON.parse(readFileSync(path.join(EXAMPLES, 'gold', f), 'utf8'));
    for (const p of d.positions ?? []) positions.push(position(d.id, d.published, p.side, p.issue, p.stance));
    for (const s of d.statuses ?? []) statuses.push(status(d.id, d.published, s.issue, s.status, { claimedBy: s.claimed_by }));
  }
  return { positions, statuses };
}

test('positions --at: security guarantees move from disputed to close or agreed on the example corpus', { skip }, async () => {
  const at = async (day: string) =>
    buildMatrix(await positionRows(store.db, { until: day }), await statusRows(store.db, { until: day }), { at: day }).statuses.find(
      (s) => s.issue === 'security-guarantees',
    )?.label;
  assert.equal(await at('2025-11-30'), 'disputed');
  assert.match((await at('2025-12-20'))!, /^(?:close|agreed)$/);
  assert.match((await at('2026-01-10'))!, /^(?:close|agreed)$/);
});

test(`brief --since ${SINCE} lists the changes the example gold implies, each with sources`, { skip }, async () => {
  const gold = goldRows();
  const expected = buildBrief({ ...gold, events: [], plans: [] }, { since: SINCE });
  const brief = buildBrief(
    {
      positions: await positionRows(store.db),
      statuses: await statusRows(store.db),
      events: await eventRows(store.db),
      plans: planVersionReader(pipeline().env.lexicon)(await documentTexts(store.db)),
    },
    { since: SINCE },
  );
  // Which side's stance on which issue became what: the gold's changes, found again from extracted records.
  const key = (text: string) => text.replace(/ \(.*$/, '').replace(/ on (\S+): \S+ → (\S+)$/, ' $2 $1').replace(/^(\S+) (\S+)s on (\S+)$/, '$1 $2 $3');
  const want = new Set(expected.positions.map((l) => key(l.text)));
  const got = new Set(brief.positions.map((l) => key(l.text)));
  const found = [...want].filter((k) => got.has(k));
  assert.ok(want.size >= 10, `the gold implies ${want.size} changes`);
  assert.ok(found.length / want.size >= 0.4, `found ${found.length} of ${want.size} gold changes: ${found.join('; ')}`);
  assert.deepEqual(brief.plans.sequence, [28, 19, 20]);
  for (const l of [...brief.positions, ...brief.statuses, ...brief.proposals]) {
    assert.ok(l.sources.documents.length > 0 && l.evidence.length > 0, `"${l.text}" has sources`);
    assert.ok(l.sources.first.date >= SINCE);
  }
});
