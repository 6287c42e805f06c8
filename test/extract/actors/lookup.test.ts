import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorByKey, actorOf, mentionAt, mentionsIn, mentionsOf } from '../../../src/extract/actors/index.js';
import { article, pipeline } from '../../support/pipeline.js';

const x = pipeline().extract(
  article('“Two questions remain,” Zelensky told reporters. Kremlin spokesperson Dmitry Peskov said Ukraine must withdraw. “We are talking about the withdrawal,” he said.', '2025-12-29'),
);

test('mentionAt finds the mention covering an offset, and nothing between mentions', () => {
  const at = x.doc.text.indexOf('Zelensky');
  assert.equal(mentionAt(x, at)?.actor, 'volodymyr-zelensky');
  assert.equal(mentionAt(x, at + 'Zelensky'.length - 1)?.text, 'Zelensky');
  assert.equal(mentionAt(x, at + 'Zelensky'.length), undefined);
  const he = x.doc.text.lastIndexOf('he said');
  assert.equal(mentionAt(x, he)?.actor, 'dmitry-peskov');
  assert.equal(mentionAt(x, he)?.form, 'pronoun');
});

test('actorByKey, actorOf and mentionsOf tie mentions to actors', () => {
  assert.equal(actorByKey(x, 'dmitry-peskov')?.name, 'Dmitry Peskov');
  assert.equal(actorByKey(x, 'nobody'), undefined);
  assert.equal(actorOf(x, mentionAt(x, x.doc.text.indexOf('Kremlin'))!)?.side, 'russia');
  assert.deepEqual(
    mentionsOf(x, 'dmitry-peskov').map((m) => m.text),
    ['spokesperson Dmitry Peskov', 'he'],
  );
});

test('mentionsIn lists the mentions inside a sentence', () => {
  const s = x.doc.sentences[1]!.span;
  assert.deepEqual(
    mentionsIn(x, s).map((m) => m.text),
    ['Kremlin', 'spokesperson Dmitry Peskov', 'Ukraine'],
  );
});
