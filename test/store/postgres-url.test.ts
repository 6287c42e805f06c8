import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openStore, StoreError } from '../../src/store/connect.js';
import { hidePassword, parsePostgresUrl } from '../../src/store/postgres.js';

test('a postgres URL names its schema with ?schema=, default public; the password never shows', () => {
  assert.deepEqual(parsePostgresUrl('postgres://ann:s3cret@db.example:5432/news?schema=team_a&sslmode=disable'), {
    url: 'postgres://ann:s3cret@db.example:5432/news?sslmode=disable',
    schema: 'team_a',
    location: 'postgres://ann:***@db.example:5432/news?schema=team_a&sslmode=disable',
  });
  assert.equal(parsePostgresUrl('postgresql://localhost/news').schema, 'public');
  assert.equal(hidePassword('postgres://ann@host/db'), 'postgres://ann@host/db');
});

test('a schema name that is not a plain identifier is refused before connecting', () => {
  assert.throws(() => parsePostgresUrl('postgres://h/db?schema=a;drop table x'), (e: Error) => e instanceof StoreError && /Invalid PostgreSQL schema "a;drop table x"/.test(e.message));
});

test('an unreachable server is a StoreError naming the URL without its password', async () => {
  await assert.rejects(openStore('postgres://ann:s3cret@127.0.0.1:1/news'), (e: Error) => {
    assert.ok(e instanceof StoreError);
    assert.match(e.message, /Cannot open PostgreSQL database postgres:\/\/ann:\*\*\*@127\.0\.0\.1:1\/news: .*ECONNREFUSED/);
    assert.ok(!e.message.includes('s3cret'));
    return true;
  });
});
