import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';

/**
 * No catastrophic regexes or quadratic loops in reading, cleaning and extraction: random and adversarial 100 KB
 * inputs (long runs of quotes, capitals, digits, dashes, spaces, brackets, markup, JSON) through every
 * reader, the cleaner and each extraction stage, in a worker thread (test/support/fuzz-worker.ts) that is stopped when a call
 * does not return. A call using seconds of CPU on 100 KB means a regex or loop went super-linear.
 */
const SIZE = 100_000;
/** Far above any linear call on 100 KB (tens to hundreds of milliseconds), far below a catastrophic one. */
const TOO_SLOW_MS = 2500;
/** Wall time after which the worker is stopped: the call is stuck. */
const STUCK_MS = 30_000;

const ATOMS = [
  '"', '“', '”', "'", '‘', '’', '«', 'A', 'Z', 'KYIV', 'Zelensky', 'By', 'By ', 'Photo:', 'Picture: ', 'REUTERS/', '(AP)', '(',
  ')', '[', ']', '{', '}', '1', '2025', '-', '—', '–', ' ', '  ', '\n', '\n\n', '\t', '.', ',', ':', '/', '|', '•', '@', '#',
  '<', '>', '<div>', '</div>', '<p>', '<!--', '<![CDATA[', '&', '&amp;', '&lol;', ';', '\\', 'date ', ' date 2025-12-07 ',
  'Update: ', 'Sign up', 'Share', 'December 8, 2025', '11:10 AM', 'ago', '©', 'é', '\u200b', '\u00a0', 'ЗЕЛЕНСЬКИЙ', '😀',
];
const PREFIXES = ['', ' date 2025-12-07 ', '{"published":"2025-12-07","text":"', '[{"text":"', '<html><body><p>', '<?xml version="1.0"?><rss><channel><item><description>', '<feed><entry><summary>', 'Update: '];

const fill = (unit: string) => (unit ? unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE) : 'x');

/** Character classes whose long runs trip badly written regexes. */
const CLASSES: Record<string, string> = {
  quotes: '"“”\'‘’«»',
  capitals: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  digits: '0123456789',
  dashes: '-–—',
  spaces: ' \t\u00a0',
  brackets: '()[]{}<>',
  punctuation: '.,:;!?/|@#&*',
  lower: 'abcdefghijklmnopqrstuvwxyz',
};
const classUnit = fc
  .subarray(Object.keys(CLASSES), { minLength: 1, maxLength: 3 })
  .chain((names) => fc.string({ unit: fc.constantFrom(...names.flatMap((n) => [...CLASSES[n]!])), minLength: 1, maxLength: 12 }));
const atomUnit = fc.array(fc.constantFrom(...ATOMS), { minLength: 1, maxLength: 5 }).map((a) => a.join(''));

/**
 * The recipe of a 100 KB input: a prefix that steers it into a reader, a unit repeated, line breaks
 * every `line` characters (0: none; 600 is the longest line a line rule sees, 4000 an inline rule),
 * and a tail. The input is built in the property, so a failure prints the recipe, not 100 KB.
 */
const adversarial = fc.record({
  prefix: fc.constantFrom(...PREFIXES),
  unit: fc.oneof(classUnit, atomUnit),
  line: fc.constantFrom(0, 40, 200, 600, 4000),
  tail: fc.constantFrom('', '.', '"', ')', '\n', 'x', '</p></body></html>', '"}', '</description></item></channel></rss>'),
});
function build({ prefix, unit, line, tail }: { prefix: string; unit: string; line: number; tail: string }): string {
  let body = fill(unit).slice(0, SIZE - prefix.length - tail.length);
  if (line) body = body.replace(new RegExp(`[^]{${line}}`, 'g'), (m) => `${m.slice(0, -1)}\n`);
  return prefix + body + tail;
}
const random = fc.string({ unit: 'binary', minLength: 1, maxLength: 200 });

let worker: Worker | undefined;
const startWorker = () =>
  new Worker(new URL('../support/fuzz-worker.mjs', import.meta.url));
after(() => worker?.terminate());

/** Worst CPU time per call, for the report at the end. */
const worst = new Map<string, number>();
after(() => console.log(`worst CPU ms per call on 100 KB: ${JSON.stringify(Object.fromEntries([...worst].map(([k, v]) => [k, Math.round(v)])))}`));

/** Sends one input to the worker; fails if a call throws, uses seconds of CPU, or never returns. */
function everyReader(text: string): Promise<void> {
  worker ??= startWorker();
  const w = worker;
  return new Promise((resolve, reject) => {
    let running = 'start';
    const timer = setTimeout(() => {
      w.removeAllListeners('message');
      void w.terminate();
      worker = undefined;
      reject(new Error(`${running} did not return within ${STUCK_MS / 1000} s on 100 KB`));
    }, STUCK_MS);
    const done = (e?: Error) => {
      clearTimeout(timer);
      w.removeAllListeners('message');
      if (e) reject(e);
      else resolve();
    };
    w.on('message', (m: { starting?: string; times?: Record<string, number>; error?: string }) => {
      if (m.starting) running = m.starting;
      else if (m.error) done(new Error(`${running} threw: ${m.error}`));
      else if (m.times) {
        for (const [name, ms] of Object.entries(m.times)) worst.set(name, Math.max(worst.get(name) ?? 0, ms));
        const slow = Object.entries(m.times).find(([, ms]) => ms >= TOO_SLOW_MS);
        done(slow ? new Error(`${slow[0]} took ${Math.round(slow[1])} ms of CPU on 100 KB`) : undefined);
      }
    });
    w.postMessage(text);
  });
}

test('readers, cleaning and every extraction stage stay fast on adversarial 100 KB text', { timeout: 900_000 }, async () => {
  await fc.assert(fc.asyncProperty(adversarial, (recipe) => everyReader(build(recipe))), { numRuns: 80, seed: 20251207, endOnFailure: true });
});

test('readers, cleaning and every extraction stage stay fast on random 100 KB text', { timeout: 900_000 }, async () => {
  await fc.assert(fc.asyncProperty(random, (unit) => everyReader(fill(unit))), { numRuns: 15, seed: 20260108, endOnFailure: true });
});
