import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brief, events } from './support.js';

// Seed 004 was published on Sunday 7 December 2025.
test('a call with its day, participants, trigger and rule', () => {
  const [e, ...rest] = events('The Ukrainian leader held a telephone conversation Saturday with US peace envoy Steve Witkoff and Jared Kushner.');
  assert.equal(rest.length, 0);
  assert.deepEqual(brief(e!), ['call', '2025-12-06', null, ['Volodymyr Zelensky', 'Steve Witkoff', 'Jared Kushner']]);
  assert.deepEqual([e!.trigger, e!.rule, e!.status, e!.precision, e!.dateBasis], ['telephone conversation', 'event/call', 'held', 'day', 'inferred']);
});

test('a meeting with its place and a past weekday', () => {
  const [e] = events('Witkoff and Kushner held face-to-face meetings with Russian President Vladimir Putin at the Kremlin on Tuesday.');
  assert.deepEqual(brief(e!), ['meeting', '2025-12-02', 'Kremlin', ['Steve Witkoff', 'Jared Kushner', 'Vladimir Putin']]);
});

test('a visit needs a destination', () => {
  assert.deepEqual(events('During a visit to India Thursday, Putin informed local journalists of his plans.').map(brief), [
    ['visit', '2025-12-04', 'India', ['Vladimir Putin']],
  ]);
  assert.deepEqual(events('Putin said the visit was useful.'), []);
});

test('a planned summit keeps its week as the period and is planned', () => {
  const [e] = events('European Union countries are due to hold a regular summit in Brussels at the end of next week.', '2025-12-11');
  assert.deepEqual([e!.type, e!.date, e!.period, e!.precision, e!.place, e!.status], ['meeting', null, '2025-W51', 'week', 'Brussels', 'planned']);
});

test('a date that dates the reporting does not date the event', () => {
  const [e] = events(
    'Russia’s foreign minister Sergey Lavrov said on Thursday that Russia has relayed to Washington “additional proposals… concerning collective security guarantees”.',
    '2025-12-11',
  );
  assert.deepEqual([e!.type, e!.date, e!.agentKey], ['proposal', null, 'government-of-russia']);
});

test('attacks, agreements and prisoner exchanges', () => {
  assert.deepEqual(events('Russia launched a heavy attack on Ukraine before the talks began.', '2025-12-29').map(brief).filter((b) => b[0] === 'attack'), [
    ['attack', null, 'Ukraine', ['Government of Russia']],
  ]);
  assert.deepEqual(events('Russian forces have largely captured Pokrovsk.').map(brief), [['attack', null, 'Pokrovsk', ['Government of Russia']]]);
  assert.equal(events('On Sunday, Zelensky said a bilateral agreement has been reached on security guarantees.', '2025-12-29')[0]?.type, 'agreement');
  assert.equal(events('Despite some exchanges of prisoners of war, mistrust runs deep between Ukraine and Russia.')[0]?.type, 'exchange');
});

test('verb-and-object cues: a swap of prisoners, a missile that hit a city', () => {
  assert.deepEqual(events('Ukraine and Russia swapped 150 prisoners of war on Monday, the UAE said.', '2026-02-10').map(brief), [
    ['exchange', '2026-02-09', null, ['Government of Ukraine', 'Government of Russia']],
  ]);
  assert.deepEqual(events('A Russian missile hit a residential building in Dnipro on Sunday night.', '2026-02-10').map(brief), [
    ['attack', '2026-02-08', 'Dnipro', ['Government of Russia']],
  ]);
  assert.deepEqual(events('Russia released a statement on Monday.', '2026-02-10'), []);
});

test('reports of one meeting in an article are one event with every evidence sentence', () => {
  const es = events(
    'The meeting between Steve Witkoff, Jared Kushner and Vladimir Putin on Tuesday, December 2, was "very good". Witkoff and Kushner had a pretty good meeting with Putin, Trump said.',
    '2025-12-03',
  );
  assert.equal(es.length, 1);
  assert.deepEqual(brief(es[0]!), ['meeting', '2025-12-02', null, ['Steve Witkoff', 'Jared Kushner', 'Vladimir Putin']]);
  assert.equal(es[0]!.evidence?.length, 2);
});

test('"the talks" refers back to talks told earlier, however far', () => {
  const es = events(
    'Witkoff and Kushner held talks with Putin in the Kremlin on Tuesday. Ushakov said the mood was calm. Zelensky said he expected a report. ' +
      'Europe waited. Analysts were cautious. Peskov called the format of the talks useful.',
    '2025-12-03',
  );
  assert.equal(es.length, 1);
  assert.equal(es[0]!.evidence?.length, 2);
  assert.deepEqual(events('He said it was too early to speak of a meeting between Putin and Zelensky.'), []);
});

test('a trip and the meeting it was for share a day', () => {
  const es = events(
    'Trump said that following their visit to Moscow, Witkoff and Kushner were upbeat. On December 2, Putin received Witkoff and Kushner at the Kremlin.',
    '2025-12-04',
  );
  assert.deepEqual(es.map(brief), [
    ['visit', '2025-12-02', 'Moscow', ['Steve Witkoff', 'Jared Kushner']],
    ['meeting', '2025-12-02', 'Kremlin', ['Vladimir Putin', 'Steve Witkoff', 'Jared Kushner']],
  ]);
  assert.equal(es[0]!.dateBasis, 'inferred');
});

test('near misses: wished-for, denied and hypothetical events, and words that only look like triggers', () => {
  assert.deepEqual(events('Zelensky is seeking a new meeting with Trump.'), []);
  assert.deepEqual(events('Peskov said no call between Putin and Zelensky is being discussed.'), []);
  assert.deepEqual(events('A meeting between Trump and Putin would be possible after a deal.'), []);
  assert.deepEqual(events('Moscow demands international recognition of the territories seized by Russia.'), []);
  assert.deepEqual(events('Trump calls for a ceasefire and Zelensky called on allies to help.'), []);
  assert.deepEqual(events('Peace talks aimed at ending the war have stalled, Zelensky said.'), []);
  assert.deepEqual(events('Erdogan offered to host a new round of talks in Istanbul.'), []);
});

test('a wire dateline naming two cities leaves the sentence its actors; "U.S." does not end a clause', () => {
  const [e] = events('MOSCOW/KYIV, Dec 3 - Russian President Vladimir Putin and U.S. envoys Steve Witkoff and Jared Kushner failed to agree on a compromise at talks in the Kremlin on Tuesday.', '2025-12-03');
  assert.deepEqual(brief(e!), ['meeting', '2025-12-02', 'Kremlin', ['Vladimir Putin', 'Steve Witkoff', 'Jared Kushner']]);
});

test('a future in reported speech is planned, not hypothetical', () => {
  const [e] = events('Zelensky said negotiators from Russia, Ukraine and the US would hold trilateral meetings in Abu Dhabi on Jan 23 and 24.', '2026-01-22');
  assert.deepEqual([e!.type, e!.date, e!.place, e!.status], ['meeting', '2026-01-23', 'Abu Dhabi', 'planned']);
  assert.deepEqual(events('Zelensky said a meeting with Putin would be possible only after a ceasefire.', '2026-01-22'), []);
});

test('the day of a report dates the meeting it comes right after', () => {
  const [e] = events('Donald Trump said yesterday that the sides were close to agreeing guarantees, after a meeting with Volodymyr Zelensky at Mar-a-Lago.', '2025-12-29');
  assert.deepEqual([e!.type, e!.date], ['meeting', '2025-12-28']);
});

test('"under way" dates the talks it follows, not an attack before them', () => {
  const found = events('Lavrov said the attack took place while intensive negotiations were under way.', '2025-12-30');
  assert.deepEqual(found.map((e) => [e.type, e.date]), [['attack', null], ['meeting', '2025-12-30']]);
});
