import assert from 'node:assert/strict';
import { insertRows } from '../../src/store/bulk-insert.js';
import { testBothEngines } from '../support/engines.js';

testBothEngines('bulk inserts store every row with its values, in chunks of any size', async (store) => {
  // 457 rows: chunks of 200, 200, 32, 16, 8 and 1; quotes, nulls and non-ASCII survive as values, not SQL.
  const rows = Array.from({ length: 457 }, (_, i) => ({ key: `k${String(i).padStart(4, '0')}`, value: i % 7 ? `v'${i}"; drop table meta; -- Київ` : '', updated_at: `${i}` }));
  await insertRows(store.db, 'meta', rows);
  await insertRows(store.db, 'meta', []);
  const stored = await store.db.selectFrom('meta').select(['key', 'value', 'updated_at']).where('key', 'like', 'k%').orderBy('key').execute();
  assert.deepEqual(stored, rows);
  await assert.rejects(insertRows(store.db, 'meta', [{ key: 'a', value: 'b', updated_at: '' }, { key: 'c', value: 'd' }]), /differ in shape/);
});
