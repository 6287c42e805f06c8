import { parentPort } from 'node:worker_threads';
import { clean } from '../../src/ingest/clean/clean.js';
import { noiseRules } from '../../src/ingest/clean/rules.js';
import { decode } from '../../src/ingest/decode.js';
import { nestingDepth } from '../../src/ingest/html/depth.js';
import { parsePublished } from '../../src/ingest/published.js';
import { readFeed } from '../../src/ingest/readers/feed.js';
import { readHtml } from '../../src/ingest/readers/html.js';
import { readJson, readJsonLinesText } from '../../src/ingest/readers/json.js';
import { readSeed } from '../../src/ingest/readers/seed.js';
import { readText } from '../../src/ingest/readers/text.js';
import { sniffFormat } from '../../src/ingest/sniff.js';
import { Lexicon } from '../../src/nlp/lexicon.js';
import { createPipeline, DEFAULT_STAGES } from '../../src/extract/pipeline.js';
import type { StageFactory } from '../../src/extract/extraction.js';

/**
 * Runs every reader, the cleaner and every extraction stage on texts the fuzz test sends, in a worker thread so that a call
 * that never returns (a catastrophic regex) can be stopped by terminating the worker. Before each call
 * it says which one starts; after all, the CPU time of each.
 */
const rules = noiseRules(Lexicon.load('en'));
let times: Record<string, number> = {};

/** Runs `call`, telling the parent first, and adds its CPU time to `times[name]`. */
function timed<T>(name: string, call: () => T): T {
  parentPort!.postMessage({ starting: name });
  const before = process.cpuUsage();
  try {
    return call();
  } finally {
    const used = process.cpuUsage(before);
    times[name] = (times[name] ?? 0) + (used.user + used.system) / 1000;
  }
}

/** The default pipeline with each stage timed under its own name (actorsStage → actors). */
const timedStages: StageFactory[] = DEFAULT_STAGES.map((factory) => (env) => {
  const stage = factory(env);
  const name = factory.name.replace(/Stage$/, '');
  return (x) => timed(name, () => stage(x));
});
const pipeline = createPipeline({ stages: timedStages });
const CALLS: Array<[string, (text: string) => unknown]> = [
  ['sniff', (t) => sniffFormat(t)],
  ['decode', (t) => decode(Buffer.from(t))],
  ['seed', (t) => readSeed('f.txt', t, {})],
  ['text', (t) => readText('f.txt', t, { date: '2025-12-07' })],
  ['json', (t) => readJson('f.json', t, {})],
  ['jsonl', (t) => readJsonLinesText('f.jsonl', t, {})],
  ['html', (t) => readHtml('f.html', t, { date: '2025-12-07' })],
  ['feed', (t) => readFeed('f.xml', t, {})],
  ['depth', (t) => nestingDepth(t)],
  ['date', (t) => parsePublished(t.slice(0, 100))],
  ['clean', (t) => clean(t, rules)],
  ['segment', (t) => pipeline.prepare({ id: 'f', source: 'f.txt', format: 'text', published: '2025-12-07', body: t })],
];

parentPort!.on('message', (text: string) => {
  times = {};
  try {
    for (const [name, call] of CALLS) timed(name, () => call(text));
    pipeline.extract({ id: 'f', source: 'f.txt', format: 'text', published: '2025-12-07', body: text });
    parentPort!.postMessage({ times });
  } catch (e) {
    parentPort!.postMessage({ error: (e as Error).stack ?? String(e) });
  }
});
