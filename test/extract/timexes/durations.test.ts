import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPipeline } from '../../../src/extract/pipeline.js';
import { article, pipeline } from '../../support/pipeline.js';
import { timexes } from './support.js';

const brief = (ts: ReturnType<typeof timexes>) => ts.map((t) => [t.text, t.type, t.value, t.mod ?? null]);

test('durations are DURATION with TimeML values, never dates', () => {
  assert.deepEqual(brief(timexes('Talks aim to halt nearly four years of fighting.')), [['nearly four years', 'DURATION', 'P4Y', 'APPROX']]);
  assert.deepEqual(brief(timexes('Trump boasted he could solve the war in a day.')), [['a day', 'DURATION', 'P1D', null]]);
  assert.deepEqual(brief(timexes('The administration spent 30-plus hours in recent weeks meeting officials.')), [
    ['30-plus hours', 'DURATION', 'PT30H', 'MORE_THAN'],
    ['recent weeks', 'DURATION', 'PXW', null],
  ]);
  assert.deepEqual(brief(timexes('A 50-year lease was on the table for the past three years.')), [
    ['50-year', 'DURATION', 'P50Y', null],
    ['the past three years', 'DURATION', 'P3Y', null],
  ]);
  assert.deepEqual(brief(timexes('It took 2 1/2 years.')), [['2 1/2 years', 'DURATION', 'P2Y6M', null]]);
});

test('"ago" counts back from the publication day at the unit\'s granularity', () => {
  assert.deepEqual(brief(timexes('Russia invaded nearly four years ago.', '2026-01-23')), [['nearly four years ago', 'DATE', '2022', 'APPROX']]);
  assert.deepEqual(brief(timexes('They spoke two weeks ago.', '2025-12-11')), [['two weeks ago', 'DATE', '2025-W48', null]]);
});

test('sets: recurring times, and rates only after an amount', () => {
  assert.deepEqual(brief(timexes('Drones strike the city daily.')), [['daily', 'SET', 'P1D', null]]);
  assert.deepEqual(brief(timexes('Kyiv pays $5 billion a year.')), [['a year', 'SET', 'P1Y', null]]);
  assert.deepEqual(brief(timexes('The firm raised its quarterly dividend.')), []);
});

test('reference values (now, currently, the future) are not calendar expressions: the news lexicon lists none', () => {
  assert.deepEqual(brief(timexes('Russia now controls about a fifth of Ukraine and currently holds the plant.')), []);
  assert.deepEqual(brief(timexes('The future of the plant is unclear.')), []);
});

test('the TimeML style marks reference values too, but not "Sign up now" or "the future of"', () => {
  const timeml = createPipeline({ profile: pipeline().env.profile, lexicon: pipeline().env.lexicon, timexStyle: 'timeml' });
  const tag = (body: string) => brief(timeml.extract(article(body)).timexes);
  assert.deepEqual(tag('Russia now controls about a fifth of Ukraine and recently took Pokrovsk on Saturday.'), [
    ['now', 'DATE', 'PRESENT_REF', null],
    ['recently', 'DATE', 'PAST_REF', null],
    ['Saturday', 'DATE', '2025-12-06', null],
  ]);
  assert.deepEqual(tag('Sign up now. The future of the plant is unclear.'), []);
});

test('near misses: ages, ordinals, fractions and names are not durations', () => {
  assert.deepEqual(timexes('A 45-year-old man was hurt in a second strike.'), []);
  assert.deepEqual(timexes('About three-quarters of the region is occupied.'), []);
  assert.deepEqual(timexes('He was interviewed on 60 Minutes.'), []);
  assert.deepEqual(timexes('They deployed 2000 troops and 2/3 of the drones.'), []);
});
