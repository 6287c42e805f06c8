import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pairs, timexes } from './support.js';

// Sunday 7 December 2025, the publication day of seed 004.
test('a past-tense weekday looks back from the publication day', () => {
  const [sat] = timexes('Zelensky said he had a "long and substantive" call with Witkoff and Kushner on Saturday.');
  assert.deepEqual([sat!.text, sat!.value, sat!.type], ['Saturday', '2025-12-06', 'DATE']);
  assert.equal(sat!.rule, 'timex/weekday-past');
  const [tue] = timexes('Witkoff and Kushner held face-to-face meetings with Russian President Vladimir Putin at the Kremlin on Tuesday.');
  assert.equal(tue!.value, '2025-12-02');
});

test('a future-tense weekday looks forward, and "next Sunday" is in next week', () => {
  assert.deepEqual(pairs(timexes('The delegations will meet again on Tuesday in Miami.')), [['Tuesday', '2025-12-09']]);
  // Saturday 24 January 2026: "next Sunday" is 1 February, not tomorrow.
  assert.deepEqual(pairs(timexes('The next round of talks is planned for next Sunday.', '2026-01-24')), [['next Sunday', '2026-02-01']]);
  assert.deepEqual(pairs(timexes('Talks resumed this past Sunday.', '2026-02-02')), [['this past Sunday', '2026-02-01']]);
});

test('the publication weekday is the publication day', () => {
  assert.deepEqual(pairs(timexes('Ms Leavitt spoke during her briefing with reporters on Thursday.', '2025-12-11')), [['Thursday', '2025-12-11']]);
});

test('a weekday after a named week falls in that week', () => {
  const ts = timexes(
    'Talks will move to Geneva next week, Peskov said. Russian news agencies quoted him as saying the talks would take place on Tuesday and Wednesday.',
    '2026-02-13',
  );
  assert.deepEqual(pairs(ts), [['next week', '2026-W08'], ['Tuesday and Wednesday', '2026-02-17']]);
});

test('a weekday before its date takes the written date', () => {
  assert.deepEqual(pairs(timexes('On Tuesday, December 2, US envoys met Putin.', '2025-12-03')), [['Tuesday, December 2', '2025-12-02']]);
});

test('near misses: the verb "sat", lower-case weekdays and abbreviations are not days', () => {
  assert.deepEqual(timexes('Putin sat across the table from Witkoff and the sun was low.'), []);
  assert.deepEqual(timexes('They met on a sunday afternoon, or so the Wed. bulletin claimed.'), []);
});

test('"Mondays" and "every Monday" are sets', () => {
  const [t] = timexes('Negotiators talk by video every Monday.');
  assert.deepEqual([t!.text, t!.type, t!.value], ['every Monday', 'SET', 'XXXX-WXX-1']);
});
