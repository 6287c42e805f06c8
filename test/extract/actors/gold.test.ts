import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { SHARED } from '../../../scripts/eval/datasets.js';
import { pipeline } from '../../support/pipeline.js';
import { sharedSkip } from '../../support/shared.js';

function* articles(set: string) {
  const dir = path.join(SHARED, 'corpus', set);
  for (const f of readdirSync(dir).sort()) {
    const body = readFileSync(path.join(dir, f), 'utf8');
    const m = body.match(/^ date (\d{4}-\d{2}-\d{2}) /);
    const id = f.replace(/\.txt$/, '');
    const gold = JSON.parse(readFileSync(path.join(SHARED, 'eval', 'gold', set, `${id}.json`), 'utf8')) as { actors: Array<{ name: string }> };
    yield { x: pipeline().extract({ id, source: f, format: 'seed', published: m![1]!, body: body.slice(m![0].length) }), gold };
  }
}

test('on every seed and dev article, mentions are exact, ordered, non-overlapping and point at listed actors', { skip: sharedSkip }, () => {
  for (const set of ['seeds', 'dev']) {
    for (const { x } of articles(set)) {
      const keys = new Set(x.actors.map((a) => a.key));
      let end = 0;
      for (const m of x.mentions) {
        assert.equal(x.doc.text.slice(m.span.start, m.span.end), m.text, `${x.doc.id}: span of "${m.text}"`);
        assert.ok(m.span.start >= end, `${x.doc.id}: "${m.text}" overlaps the mention before it`);
        assert.ok(keys.has(m.actor), `${x.doc.id}: "${m.text}" points at unknown actor ${m.actor}`);
        end = m.span.end;
      }
      for (const a of x.actors) assert.equal(x.doc.text.slice(a.span.start, a.span.end), a.text);
    }
  }
});

test('every seed gold actor is found under its canonical name', { skip: sharedSkip }, () => {
  for (const { x, gold } of articles('seeds')) {
    const found = new Set(x.actors.map((a) => a.name));
    for (const g of gold.actors) assert.ok(found.has(g.name), `${x.doc.id}: missing ${g.name}`);
  }
});
