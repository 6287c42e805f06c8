import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pairs, timexes } from './support.js';

test('weeks, weekends and years are named from the publication day (seed 000, Thursday 11 December 2025)', () => {
  const ts = timexes(
    'The US could send a representative to the talks as soon as this weekend. Next week, Ukraine will co-ordinate with European countries, ' +
      'and EU countries are due to hold a regular summit in Brussels at the end of next week. He wants a deal this year.',
    '2025-12-11',
  );
  assert.deepEqual(pairs(ts), [
    ['this weekend', '2025-W50-WE'],
    ['Next week', '2025-W51'],
    ['the end of next week', '2025-W51'],
    ['this year', '2025'],
  ]);
  assert.equal(ts[2]!.mod, 'END');
});

test('"early January" keeps the month and sets the mod (seed 002, 29 December 2025)', () => {
  const [t] = timexes('Countries in the coalition of the willing will meet in Paris in early January.', '2025-12-29');
  assert.deepEqual([t!.text, t!.value, t!.mod], ['early January', '2026-01', 'START']);
});

test('months take the year the tense points to', () => {
  assert.deepEqual(pairs(timexes('The plan was first floated in March.', '2025-12-11')), [['March', '2025-03']]);
  assert.deepEqual(pairs(timexes('Officials expect elections by June.', '2026-02-16')), [['June', '2026-06']]);
  assert.deepEqual(pairs(timexes('Russia invaded in February 2022.')), [['February 2022', '2022-02']]);
  assert.deepEqual(pairs(timexes('Troops have occupied Crimea since 2014.')), [['2014', '2014']]);
});

test('relative days and month-days', () => {
  assert.deepEqual(pairs(timexes('Umerov flies to Miami tomorrow, the ministry said today.', '2025-12-03')), [
    ['tomorrow', '2025-12-04'],
    ['today', '2025-12-03'],
  ]);
  assert.deepEqual(pairs(timexes('The talks took place in Geneva on the 23rd of November.', '2025-11-25')), [['23rd of November', '2025-11-23']]);
  assert.deepEqual(pairs(timexes('They met in Paris on Jan 7.', '2026-01-08')), [['Jan 7', '2026-01-07']]);
});

test('coordinated days are one timex valued by the first day; a range is two', () => {
  assert.deepEqual(pairs(timexes('Talks are scheduled for January 23 and 24 in Abu Dhabi.', '2026-01-22')), [['January 23 and 24', '2026-01-23']]);
  assert.deepEqual(pairs(timexes('Zelenskyy held talks in Berlin on 14 and 15 December.', '2025-12-15')), [['14 and 15 December', '2025-12-14']]);
  assert.deepEqual(pairs(timexes('Umerov led the delegation in Miami from Thursday to Saturday.', '2025-12-07')), [
    ['Thursday', '2025-12-04'],
    ['Saturday', '2025-12-06'],
  ]);
});

test('a deadline looks ahead unless the clause is perfect', () => {
  assert.deepEqual(pairs(timexes('Trump said on Friday he wanted an answer from Kyiv by Thursday.', '2025-11-21')), [
    ['Friday', '2025-11-21'],
    ['Thursday', '2025-11-27'],
  ]);
  assert.deepEqual(pairs(timexes('Thirty-two members had filed reports by Wednesday.', '1990-08-16')), [['Wednesday', '1990-08-15']]);
});

test('"the same day" takes the day named before it', () => {
  const ts = timexes('Witkoff flew to Moscow on December 2 and met Putin the same day.', '2025-12-05');
  assert.deepEqual(pairs(ts), [['December 2', '2025-12-02'], ['the same day', '2025-12-02']]);
  assert.equal(ts[1]!.rule, 'timex/anaphoric/resolved');
});

test('quarters and "a year earlier" in results news (TimeBank style)', () => {
  const ts = timexes('Citadel posted a third-quarter net loss, versus net income of $5.3 million a year earlier.', '1989-11-02');
  assert.deepEqual(pairs(ts), [['third-quarter', '1989-Q3'], ['a year earlier', '1988-Q3']]);
});

test("a page's own timestamp line is not a timex, a dateline is", () => {
  assert.deepEqual(timexes('Posted Dec. 11, 2025\nResidents gathered at the church.', '2025-12-11'), []);
  assert.deepEqual(timexes('15 December 2025 - 21:30\nThe talks ended.', '2025-12-15'), []);
  assert.deepEqual(timexes('MOSCOW, December 10. /Vostok Today/. Putin spoke.', '2025-12-10').map((t) => t.text), ['December 10']);
  assert.deepEqual(timexes('11:10 AM – Monday, December 8, 2025\nTrump said he was disappointed.', '2025-12-08'), []);
  assert.deepEqual(pairs(timexes('Washington, D.C. – December 8, 2025\nTrump said he was disappointed.', '2025-12-08')), [['December 8, 2025', '2025-12-08']]);
});

test('a day that does not exist is no timex: "30 and 22 February", "February 30"', () => {
  for (const [text, value] of pairs(timexes('Talks were held on 30 and 22 February, and again on February 30.', '2026-03-01'))) {
    assert.ok(!/^\d{4}-02-3/.test(value), `${text} = ${value}`);
  }
});
