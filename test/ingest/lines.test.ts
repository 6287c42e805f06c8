import assert from 'node:assert/strict';
import { test } from 'node:test';
import { streamLines, type StreamLine } from '../../src/ingest/lines.js';

async function* chunks(parts: string[]) {
  for (const p of parts) yield Buffer.from(p);
}
const collect = async (parts: string[], max: number) => {
  const out: Array<string | number> = [];
  for await (const l of streamLines(chunks(parts), max)) out.push('bytes' in l ? l.bytes.toString() : -(l as Extract<StreamLine, { tooLong: number }>).tooLong);
  return out;
};

test('splits lines across chunk boundaries and keeps a last line without newline', async () => {
  assert.deepEqual(await collect(['ab', 'c\nde', 'f\n\ngh'], 100), ['abc', 'def', '', 'gh']);
  assert.deepEqual(await collect(['x\n'], 100), ['x']);
});

test('a line over the limit is dropped and reported by its length, the next line still comes', async () => {
  const long = 'y'.repeat(50);
  assert.deepEqual(await collect(['ok\n', long.slice(0, 20), long.slice(20), '\nnext\n'], 10), ['ok', -50, 'next']);
  assert.deepEqual(await collect(['ok\n', long], 10), ['ok', -50]);
});

test('line numbers count every line', async () => {
  const lines: number[] = [];
  for await (const l of streamLines(chunks(['a\n\nb\nccccccccccccccc\nd']), 5)) lines.push(l.line);
  assert.deepEqual(lines, [1, 2, 3, 4, 5]);
});
