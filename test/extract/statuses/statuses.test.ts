import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StatusRecord } from '../../../src/core/records.js';
import { article, pipeline } from '../../support/pipeline.js';

const statuses = (body: string): StatusRecord[] => {
  const x = pipeline().extract(article(body));
  for (const s of x.statuses) {
    assert.equal(s.text, x.doc.text.slice(s.span.start, s.span.end));
    assert.match(s.rule, /^status\/[a-z-]+$/);
  }
  return x.statuses;
};
const pairs = (ss: StatusRecord[]) => ss.map((s) => `${s.issue} ${s.status}`).sort();

test('"far apart" on an issue is a dispute the narrator states (no claimer)', () => {
  const ss = statuses('Russia and Ukraine remained far apart on territory after the talks in Florida.');
  assert.deepEqual(pairs(ss), ['territory disputed']);
  assert.equal(ss[0]!.claimedBy, null);
  assert.equal(ss[0]!.rule, 'status/disputed-clause');
});

test('a cue after its issue counts too: "was put on hold"', () => {
  assert.deepEqual(pairs(statuses('The question of Crimea was put on hold until the leaders meet.')), ['territory deferred']);
});

test('two sides claiming different statuses are both kept, each with its claimer', () => {
  const ss = statuses(
    'Zelensky said an agreement had been reached on security guarantees, though Trump said they were only 90% ready.',
  );
  assert.deepEqual(
    ss.map((s) => `${s.issue} ${s.status} ${s.claimedBy}`).sort(),
    ['security-guarantees agreed ukraine', 'security-guarantees close united-states'],
  );
});

test('each issue word goes to the nearest status cue of its clause', () => {
  const ss = statuses('Despite the deadlock over territory, both delegations neared agreement on a prisoner exchange.');
  assert.deepEqual(pairs(ss), ['humanitarian close', 'territory disputed']);
});

test('negated agreement is a dispute', () => {
  assert.deepEqual(pairs(statuses('No agreement has yet been reached on the nuclear plant.')), ['nuclear-plant disputed']);
  assert.deepEqual(pairs(statuses('The terms of the ceasefire have not been finalised.')), ['ceasefire disputed']);
});

test('one side demanding what another rejects in the same sentence shows a dispute', () => {
  const ss = statuses('Moscow demands full control of the Donbas, which Kyiv rejects.');
  assert.deepEqual(pairs(ss), ['territory disputed']);
  assert.equal(ss[0]!.rule, 'status/disputed-positions');
});

test('near misses: no status word, or a status word about nothing on the agenda', () => {
  assert.deepEqual(statuses('Officials discussed sanctions on Russian oil in Brussels.'), []);
  assert.deepEqual(statuses('The two leaders reached an agreement to meet again in January.'), []);
});

test('a status still to come, a commitment and a participle are not statuses', () => {
  assert.deepEqual(statuses('The coalition will meet again once the remaining questions on territory have been settled.'), []);
  assert.deepEqual(statuses('The United States agreed to lead a mission to monitor the ceasefire.'), []);
  assert.deepEqual(statuses('There will be no settlement without the formula agreed in Anchorage on the Donbas.'), []);
});

test('a reported status keeps its claimer even after a title and a name ("..., Mr Zelensky said")', () => {
  const ss = statuses('On security guarantees, we have seen real progress, Mr Zelensky said.');
  assert.deepEqual(ss.map((s) => `${s.issue} ${s.status} ${s.claimedBy}`), ['security-guarantees close ukraine']);
});
