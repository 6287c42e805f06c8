import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scoreAttributions, type PolnearRecord } from '../../scripts/eval/polnear-attributions.js';
import { pipeline } from '../support/pipeline.js';

const text = 'Kyiv, Monday.\n\n“We will not give up the east,” Zelensky said. The minister said the talks would resume soon. Prices rose again.';

/** A gold record for the first occurrence of `content`, with its source. */
function record(content: string, speaker: string | null, direct: boolean): PolnearRecord {
  const start = text.indexOf(content);
  const s = speaker ? text.indexOf(speaker) : -1;
  return { text: content, start, end: start + content.length, speaker, speaker_start: speaker ? s : null, speaker_end: speaker ? s + speaker.length : null, direct };
}

test('the all-attributions scorer matches quotes and statements to gold spans and checks their speakers', () => {
  const x = pipeline().extract({ id: 'pn', source: 'pn', format: 'text', published: '2016-11-01', body: text });
  const gold = [
    record('“We will not give up the east,”', 'Zelensky', true),
    record('the talks would resume soon', 'The minister', false),
    record('Prices rose again', null, false),
  ];
  const s = scoreAttributions([{ text, quotes: gold }], [x]);
  assert.equal(s.tp, 2);
  assert.equal(s.fn, 1);
  assert.equal(s.fp, 0);
  assert.equal(s.speaker, 1);
  assert.equal(s.speaker_scored, 2);
  // A wrong source span and name make the speaker wrong.
  const wrong = scoreAttributions([{ text, quotes: [{ ...gold[0]!, speaker: 'Kyiv', speaker_start: 0, speaker_end: 4 }] }], [x]);
  assert.equal(wrong.speaker, 0);
});
