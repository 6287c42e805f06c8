import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleId, idFromUrl, safeId, slug } from '../../src/ingest/ids.js';

test('safe ids stay as they are', () => {
  assert.equal(safeId('000_e0a98c01c69bf2f2'), '000_e0a98c01c69bf2f2');
  assert.equal(safeId('p022'), 'p022');
});

test('an id can never become a path or break a record id', () => {
  for (const bad of ['../../etc/passwd', '/etc/passwd', '..', '.hidden', 'a/b', 'a\\b', 'doc#q1', 'C:\\x', 'a b', '']) {
    const id = safeId(bad);
    assert.match(id, /^[A-Za-z0-9][A-Za-z0-9_.-]*$/, `${JSON.stringify(bad)} -> ${id}`);
    assert.ok(!id.includes('..'), id);
  }
  assert.match(safeId('../../etc/passwd'), /^etc-passwd-[0-9a-f]{8}$/);
  // Different unsafe ids do not collide.
  assert.notEqual(safeId('a?b'), safeId('a!b'));
});

test('ids are derived from the URL, else the title and content, else the content', () => {
  const url = 'https://www.example.com/world/europe/zelensky-talks-2025-12-08/';
  assert.match(idFromUrl(url), /^zelensky-talks-2025-12-08-[0-9a-f]{8}$/);
  assert.equal(articleId({ url, body: 'x' }), idFromUrl(url));
  assert.equal(articleId({ id: url, body: 'x' }), idFromUrl(url));
  assert.match(articleId({ title: 'Peace talks stall', body: 'Text one' }), /^peace-talks-stall-[0-9a-f]{8}$/);
  assert.notEqual(articleId({ title: 'Peace talks stall', body: 'Text one' }), articleId({ title: 'Peace talks stall', body: 'Text two' }));
  assert.match(articleId({ body: 'Only text' }), /^doc-[0-9a-f]{12}$/);
  assert.equal(articleId({ body: 'Only  text ' }), articleId({ body: 'Only text' }));
  assert.equal(slug('Zelenskyy’s 20-point plan: “close”'), 'zelenskyy-s-20-point-plan-close');
});
