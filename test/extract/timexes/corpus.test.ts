import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { SHARED } from '../../../scripts/eval/datasets.js';
import { readInputs } from '../../../src/ingest/inputs.js';
import type { RawArticle } from '../../../src/core/article.js';
import { pipeline } from '../../support/pipeline.js';
import { sharedSkip } from '../../support/shared.js';

test('on every seed and dev article, timexes are ordered, disjoint, and their text is their span', { skip: sharedSkip }, async () => {
  let count = 0;
  for await (const item of readInputs([path.join(SHARED, 'corpus', 'seeds'), path.join(SHARED, 'corpus', 'dev')])) {
    assert.ok(!('kind' in item), `unreadable input ${JSON.stringify(item)}`);
    const x = pipeline().extract(item as RawArticle);
    let end = 0;
    for (const t of x.timexes) {
      assert.equal(t.text, x.doc.text.slice(t.span.start, t.span.end), `${x.doc.id}: ${t.rule}`);
      assert.ok(t.span.start >= end, `${x.doc.id}: "${t.text}" overlaps the timex before it`);
      assert.match(t.value, /^(?:\d{2,4}(?:-[\dWQHXSPUFAIE-]+)*(?:T[\d:A-Z]+)?|P[\dX.YMWDTHSQ]+|XXXX-[\w-]+|(?:PRESENT|PAST|FUTURE)_REF)$/);
      end = t.span.end;
      count++;
    }
  }
  assert.ok(count > 100, `only ${count} timexes on 31 articles`);
});
