import assert from 'node:assert/strict';
import { CandidateIndex } from '../../src/resolve/timeline-candidates.js';
import { testBothEngines } from '../support/engines.js';

const event = (id: string, date: string | null, firstReported: string, keys: string[]) => ({
  id,
  type: 'meeting',
  date,
  date_end: null,
  precision: date ? 'day' : null,
  place: 'Geneva',
  status: 'happened',
  participants: JSON.stringify(keys),
  first_reported: firstReported,
  source_count: 1,
  date_conflict: 0,
  dates: JSON.stringify(date ? [date] : []),
  participant_keys: JSON.stringify(keys),
});

testBothEngines('the linker reads a day’s events, dated and undated, including one with hundreds of participants', async (store) => {
  // 300 keys of varied letters (so that compression cannot shrink them much): ~7 kB, longer than a
  // PostgreSQL b-tree entry may be, so no index may hold them.
  let seed = 7;
  const letters = () => Array.from({ length: 20 }, () => ((seed = (seed * 48271) % 2147483647) % 36).toString(36)).join('');
  const many = Array.from({ length: 300 }, () => `person-${letters()}`);
  await store.db
    .insertInto('timeline_events')
    .values([
      event('t-big', '2025-12-06', '2025-12-07', many),
      event('t-undated', null, '2025-12-06', ['government-of-ukraine']),
      event('t-other-day', '2025-12-09', '2025-12-06', ['government-of-russia']),
    ])
    .execute();
  const index = new CandidateIndex(store.db);
  const [day] = await index.days('meeting', '2025-12-06', '2025-12-06');
  assert.deepEqual([...day!.dated.ids()], ['t-big']);
  assert.deepEqual([...day!.undated.ids()], ['t-undated']);
  assert.equal(index.size, 2, 'an event dated another day is not read, though first reported that day');
});
