import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../../../src/ingest/clean/clean.js';
import { noiseRules, type NoiseRule, type NoiseRules } from '../../../src/ingest/clean/rules.js';
import { Lexicon } from '../../../src/nlp/lexicon.js';

const rules = noiseRules(Lexicon.load('en'));
const withoutPrefilters = (r: NoiseRules): NoiseRules => {
  const strip = (list: NoiseRule[]) => list.map(({ rule, regex }) => ({ rule, regex }));
  return { ...r, lines: strip(r.lines), inline: strip(r.inline), footers: strip(r.footers) };
};

// Lines each rule with a prefilter exists to remove, and near misses: removals must be the same either way.
const SAMPLES = [
  'KYIV, Dec 9 (Reuters) - Ukraine said on Tuesday talks would resume.',
  'MOSCOW (AP) — The Kremlin said.',
  'MOSCOW, December 4. /TASS/. Talks will continue, the envoy said.',
  'Get our newsletter delivered to your inbox: sign up now.',
  'Sign up to our newsletters',
  'Jane Doe contributed reporting from Kyiv.',
  'Jane Doe contributed to this report.',
  'He writes about Europe. Follow him on X @jdoe.',
  'The talks ended without a deal (Reuters).',
  'President Volodymyr Zelensky at a briefing (Anna Kovalenko/EPA)',
  'A caption that is a sentence. Photo: Jane Doe',
  'The envoy left the room. AFP/Getty Images/Jane Doe',
  'Talks resumed on Friday. REUTERS',
  'Talks resumed on Friday. Read more: Ukraine war latest',
  'Talks resumed on Friday (additional reporting by Jane Doe)',
  'Talks resumed on Friday (Getty Images)',
  'Ukraine and Russia: read more about the talks in our explainer.',
  'The READ MORE button was removed from the site.',
];

test('noise rules remove the same text with and without their `requires` prefilters', () => {
  const plain = withoutPrefilters(rules);
  for (const line of SAMPLES) {
    const body = `First paragraph of the story.\n\n${line}\n\nLast paragraph of the story.`;
    assert.deepEqual(clean(body, rules), clean(body, plain), line);
  }
  const cut = SAMPLES.filter((line) => clean(line, rules).removed.length > 0);
  assert.ok(cut.length >= 10, `only ${cut.length} samples exercise a rule`);
});

test('a rule whose `requires` pattern is missing from a line is not tried on it', () => {
  const never: NoiseRule = { rule: 'clean/test', regex: /^.*$/u, requires: /(?!)/u };
  const always: NoiseRule = { rule: 'clean/test', regex: /^.*$/u };
  const line = 'Anything at all';
  assert.equal(clean(line, { ...rules, lines: [never], inline: [], footers: [] }).removed.length, 0);
  assert.equal(clean(line, { ...rules, lines: [always], inline: [], footers: [] }).removed.length, 1);
});
