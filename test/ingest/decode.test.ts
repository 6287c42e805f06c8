import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decode, firstInvalidUtf8 } from '../../src/ingest/decode.js';

const ok = (r: ReturnType<typeof decode>) => (r.ok ? r.text : assert.fail(`not decoded: ${r.reason}`));
const reason = (r: ReturnType<typeof decode>) => (r.ok ? assert.fail('decoded') : r.reason);

test('decodes UTF-8 with and without a BOM and normalises line endings', () => {
  assert.equal(ok(decode(Buffer.from('Kyiv — talks\r\nend'))), 'Kyiv — talks\nend');
  assert.equal(ok(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Kyiv')]))), 'Kyiv');
});

test('decodes UTF-16 with a byte order mark, little and big endian', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(' date 2025-12-07 Zelensky said', 'utf16le')]);
  assert.equal(ok(decode(le)), ' date 2025-12-07 Zelensky said');
  const be = Buffer.from(Buffer.from('Peskov said', 'utf16le')).swap16();
  assert.equal(ok(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))), 'Peskov said');
});

test('refuses empty, whitespace-only, binary and NUL-carrying content with a reason', () => {
  assert.equal(reason(decode(new Uint8Array())), 'empty file');
  assert.equal(reason(decode(Buffer.from(' \n\t \n'))), 'only whitespace');
  assert.match(reason(decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))), /PNG image/);
  assert.match(reason(decode(Buffer.from('text\u0000more'))), /NUL/);
});

test('names the byte where UTF-8 goes wrong', () => {
  const bytes = Buffer.concat([Buffer.from('Kyiv ok '), Buffer.from([0xc3, 0x28]), Buffer.from(' rest')]);
  assert.equal(firstInvalidUtf8(bytes), 8);
  assert.match(reason(decode(bytes)), /invalid UTF-8 at byte 8/);
  assert.equal(firstInvalidUtf8(Buffer.from('Zelensky’s plan')), Buffer.byteLength('Zelensky’s plan'));
});

test('markup in a legacy encoding it declares is decoded with it; undeclared text is not guessed', () => {
  const page = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>Zelensky'), Buffer.from([0x92]), Buffer.from('s plan, Kyiv '), Buffer.from([0x96]), Buffer.from(' talks</p></body></html>')]);
  assert.match(ok(decode(page)), /Zelensky’s plan, Kyiv – talks/);
  const feed = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Caf'), Buffer.from([0xe9]), Buffer.from('</title></channel></rss>')]);
  assert.match(ok(decode(feed)), /<title>Café<\/title>/);
  assert.match(reason(decode(Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9])]))), /invalid UTF-8 at byte 3/);
  assert.match(reason(decode(Buffer.concat([Buffer.from('<meta charset="x-klingon">Caf'), Buffer.from([0xe9])]))), /unknown encoding "x-klingon"/);
});
