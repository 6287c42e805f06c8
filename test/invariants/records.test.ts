import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import type { RawArticle } from '../../src/core/article.js';
import { createPipeline } from '../../src/extract/pipeline.js';
import type { Extraction } from '../../src/extract/extraction.js';
import { ROOT } from '../../scripts/eval/datasets.js';
import { pipeline } from '../support/pipeline.js';

/**
 * Invariants of extraction, as properties over articles recombined from the example corpus's
 * paragraphs with scraping noise between them: every record's text is the cleaned text at its span,
 * every span lies inside the text, every kept stretch of the cleaned text maps back to the same
 * characters of the raw body, and extraction is deterministic (the same article gives the same
 * records, from the same pipeline or a new one).
 */
const ARTICLES = path.join(ROOT, 'examples', 'articles');
const paragraphs = readdirSync(ARTICLES)
  .flatMap((f) => readFileSync(path.join(ARTICLES, f), 'utf8').replace(/^\s?date \S+ /, '').split(/\n+/))
  .filter((p) => p.trim().length > 0);
const NOISE = ['Share this article', 'ADVERTISEMENT', 'Read also: talks resume', 'Photo: Reuters', '403', 'By Staff Writer', '© 2025 All rights reserved.', '“', '"', '—', ''];

const articleArb = fc
  .record({
    parts: fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...paragraphs) }, { weight: 1, arbitrary: fc.constantFrom(...NOISE) }), { minLength: 1, maxLength: 14 }),
    day: fc.integer({ min: 0, max: 500 }),
  })
  .map(({ parts, day }): RawArticle => ({
    id: 'prop',
    source: 'prop.txt',
    format: 'seed',
    published: new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString().slice(0, 10),
    body: parts.join('\n\n'),
  }));

type SpanLike = { start: number; end: number };
const isSpan = (v: unknown): v is SpanLike =>
  typeof v === 'object' && v !== null && typeof (v as SpanLike).start === 'number' && typeof (v as SpanLike).end === 'number';

/** Every span anywhere in a record, with the path to it, and the text paired with it when there is one. */
function* spans(value: unknown, where: string): Generator<{ where: string; span: SpanLike; text?: string }> {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      if (isSpan(v)) yield { where: `${where}[${i}]`, span: v };
      else yield* spans(v, `${where}[${i}]`);
    }
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const rec = value as Record<string, unknown>;
  for (const [k, v] of Object.entries(rec)) {
    if (isSpan(v)) {
      const textKey = k === 'span' ? 'text' : k.replace(/Span$/, '');
      const paired = k === 'span' || k.endsWith('Span') ? rec[textKey === 'speaker' ? 'speakerText' : textKey] : undefined;
      yield { where: `${where}.${k}`, span: v, ...(typeof paired === 'string' && { text: paired }) };
    } else if (typeof v === 'object') yield* spans(v, `${where}.${k}`);
  }
}

function checkSpans(x: Extraction): void {
  const text = x.doc.text;
  for (const kind of ['actors', 'mentions', 'quotes', 'statements', 'timexes', 'events', 'positions', 'statuses', 'diagnostics'] as const) {
    for (const s of spans(x[kind], kind)) {
      assert.ok(s.span.start >= 0 && s.span.start <= s.span.end && s.span.end <= text.length, `${s.where} out of bounds: ${JSON.stringify(s.span)}`);
      if (s.text !== undefined) assert.equal(text.slice(s.span.start, s.span.end), s.text, s.where);
    }
  }
  for (const [cleanStart, rawStart, length] of x.doc.segments) {
    assert.equal(x.doc.raw.slice(rawStart, rawStart + length), text.slice(cleanStart, cleanStart + length), `segment at ${cleanStart}`);
  }
}

test('every record is the cleaned text at its span; every kept stretch maps back to the raw body', () => {
  fc.assert(fc.property(articleArb, (a) => checkSpans(pipeline().extract(a))), { numRuns: 60, seed: 20251122 });
});

test('extraction is deterministic: the same article gives the same records, from the same or a new pipeline', () => {
  const fresh = createPipeline();
  fc.assert(
    fc.property(articleArb, (a) => {
      const first = pipeline().extract(a);
      assert.deepEqual(pipeline().extract(a), first);
      assert.deepEqual(fresh.extract(a), first);
    }),
    { numRuns: 25, seed: 20251123 },
  );
});

test('the checks catch a record whose span is off by one', () => {
  const x = pipeline().extract({ id: 'p', source: 'p.txt', format: 'seed', published: '2025-12-07', body: paragraphs.slice(0, 6).join('\n\n') });
  const victim = [...x.quotes, ...x.timexes, ...x.events][0]!;
  assert.ok(victim, 'the sample has records');
  victim.span = { start: victim.span.start + 1, end: victim.span.end + 1 };
  assert.throws(() => checkSpans(x), /span/);
});
