import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { RawArticle } from '../core/article.js';
import { binaryKind, decode } from './decode.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { streamLines } from './lines.js';
import { withMetadata, type ArticleMetadata } from './metadata.js';
import { problem, type InputProblem } from './problem.js';
import { implausibleDay } from './published.js';
import { readFeed } from './readers/feed.js';
import { readHtml } from './readers/html.js';
import { readJson, readJsonLine, readJsonLinesText } from './readers/json.js';
import { STDIN, type ReadOptions, type Reader } from './readers/reader.js';
import { isSeedFormat, readSeed } from './readers/seed.js';
import { readText } from './readers/text.js';
import { sniffFormat, type SniffedFormat } from './sniff.js';
import { walkFiles } from './walk.js';

export interface InputOptions extends ReadOptions, Partial<Limits> {
  /** Today (YYYY-MM-DD): publication dates after it are refused. Defaults to the clock. */
  today?: string;
  /** Where `-` reads from; standard input unless a test passes something else. */
  stdin?: AsyncIterable<Buffer | Uint8Array>;
  /** Sidecar fields by article id (`--metadata`), filled in where an article has none. */
  metadata?: ReadonlyMap<string, Partial<ArticleMetadata>>;
}

/** @deprecated use DEFAULT_LIMITS.maxFileBytes */
export const DEFAULT_MAX_FILE_BYTES = DEFAULT_LIMITS.maxFileBytes;

const seedOrText: Reader = (source, text, options) => (isSeedFormat(text) ? readSeed : readText)(source, text, options);

const BY_FORMAT: Record<SniffedFormat, Reader> = {
  seed: readSeed,
  text: readText,
  json: readJson,
  jsonl: readJsonLinesText,
  html: readHtml,
  feed: readFeed,
};

/** Readers by file extension. Other extensions (and standard input) are sniffed from their content. */
export const READERS_BY_EXTENSION = new Map<string, Reader>([
  ['.txt', seedOrText],
  ['.text', seedOrText],
  ['.md', seedOrText],
  ['.json', readJson],
  ['.html', readHtml],
  ['.htm', readHtml],
  ['.xhtml', readHtml],
  ['.rss', readFeed],
  ['.atom', readFeed],
  ['.xml', readFeed],
]);

/** JSON Lines files are streamed line by line, so their size is not limited, only each line's. */
export const STREAMED_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

interface Resolved extends ReadOptions, Limits {
  today: string;
}

const resolve = (o: InputOptions): Resolved => ({
  ...o,
  maxFileBytes: o.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes,
  maxArticleBytes: o.maxArticleBytes ?? DEFAULT_LIMITS.maxArticleBytes,
  today: o.today ?? new Date().toISOString().slice(0, 10),
});

/** A one-line field (title, outlet): control characters and runs of white space become one space. */
const oneLine = (s: string | undefined): string | undefined => {
  const t = s?.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim().slice(0, 1000);
  return t || undefined;
};

/** Only web addresses are kept: a `javascript:` or `file:` URL is no source link. */
function webUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Final checks every article passes, whatever its format: text present, size, NULs, a plausible date;
 * title and outlet on one line, the URL a web address (else dropped).
 */
function admit(item: RawArticle | InputProblem, o: Resolved): RawArticle | InputProblem {
  if ('kind' in item) return item;
  const body = item.body.includes('\r') ? item.body.replace(/\r\n?/g, '\n') : item.body;
  if (!body.trim()) return problem(item.source, 'article text is empty');
  const bytes = Buffer.byteLength(body);
  if (bytes > o.maxArticleBytes) return problem(item.source, `article text is ${bytes} bytes, over the ${o.maxArticleBytes}-byte limit (--max-article-bytes)`);
  if (body.includes('\u0000')) return problem(item.source, 'article text contains NUL characters (binary data?)');
  const bad = implausibleDay(item.published, o.today);
  if (bad) return problem(item.source, bad);
  const { title, outlet, url, ...rest } = item;
  const t = oneLine(title);
  const n = oneLine(outlet);
  const u = webUrl(url);
  return { ...rest, body, ...(t && { title: t }), ...(n && { outlet: n }), ...(u && { url: u }) };
}

function runReader(reader: Reader, source: string, text: string, o: Resolved): Array<RawArticle | InputProblem> {
  try {
    return reader(source, text, o).map((item) => admit(item, o));
  } catch (e) {
    // Readers report bad content as problems; a throw is a bug or a library failing on odd input.
    return [problem(source, `cannot read: ${(e as Error).message.replace(/\s+/g, ' ').slice(0, 200)}`)];
  }
}

async function readWhole(file: string, max: number): Promise<Uint8Array | InputProblem> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size > max) return problem(file, `file is ${size} bytes, over the ${max}-byte limit (--max-file-bytes)`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Articles of a JSON Lines byte stream, one line in memory at a time. */
async function* jsonLines(file: string, chunks: AsyncIterable<Buffer | Uint8Array>, o: Resolved): AsyncGenerator<RawArticle | InputProblem> {
  let records = 0;
  for await (const l of streamLines(chunks, o.maxArticleBytes)) {
    if ('tooLong' in l) {
      yield problem(file, `line is ${l.tooLong} bytes, over the ${o.maxArticleBytes}-byte limit (--max-article-bytes)`, l.line);
      records++;
      continue;
    }
    let bytes = l.bytes;
    if (l.line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    if (l.line === 1 && binaryKind(bytes)) {
      yield problem(file, `binary content (${binaryKind(bytes)}), not text`);
      return;
    }
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      yield problem(file, 'invalid UTF-8 on this line (convert the file to UTF-8)', l.line);
      records++;
      continue;
    }
    if (text.includes('\u0000')) {
      yield problem(file, 'NUL characters on this line (binary data?)', l.line);
      records++;
      continue;
    }
    const item = readJsonLine(file, l.line, text.endsWith('\r') ? text.slice(0, -1) : text, o);
    if (!item) continue;
    records++;
    yield admit(item, o);
  }
  if (!records) yield problem(file, 'no records (the file is empty or only whitespace)');
}

async function* streamedFile(file: string, o: Resolved): AsyncGenerator<RawArticle | InputProblem> {
  const handle = await open(file, 'r');
  let head: Buffer;
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  // UTF-16 cannot be split on byte 10: such (rare) files are read whole, within the file limit.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    yield* wholeFile(file, readJsonLinesText, o);
    return;
  }
  yield* jsonLines(file, createReadStream(file, { highWaterMark: 64 * 1024 }), o);
}

async function* wholeFile(file: string, reader: Reader | undefined, o: Resolved): AsyncGenerator<RawArticle | InputProblem> {
  const bytes = await readWhole(file, o.maxFileBytes);
  if (!(bytes instanceof Uint8Array)) return yield bytes;
  const decoded = decode(bytes);
  if (!decoded.ok) return yield problem(file, decoded.reason);
  yield* runReader(reader ?? BY_FORMAT[sniffFormat(decoded.text)], file, decoded.text, o);
}

/** Standard input: the format is sniffed from its start; JSON Lines are streamed, the rest read whole. */
async function* stdinItems(o: Resolved, input: AsyncIterable<Buffer | Uint8Array>): AsyncGenerator<RawArticle | InputProblem> {
  const it = input[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < 8192 && !done) {
    const r = await it.next();
    if (r.done) done = true;
    else {
      head.push(Buffer.from(r.value));
      size += r.value.length;
    }
  }
  const first = Buffer.concat(head);
  const rest = async function* () {
    yield first;
    if (done) return;
    for (let r = await it.next(); !r.done; r = await it.next()) yield Buffer.from(r.value);
  };
  const peek = decode(first.subarray(0, Math.min(first.length, 8192)));
  if (peek.ok && sniffFormat(peek.text) === 'jsonl') return yield* jsonLines(STDIN, rest(), o);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of rest()) {
    total += c.length;
    if (total > o.maxFileBytes) return yield problem(STDIN, `input larger than the ${o.maxFileBytes}-byte limit (--max-file-bytes)`);
    chunks.push(c);
  }
  const decoded = decode(Buffer.concat(chunks));
  if (!decoded.ok) return yield problem(STDIN, decoded.reason);
  yield* runReader(BY_FORMAT[sniffFormat(decoded.text)], STDIN, decoded.text, o);
}

/**
 * Reads articles from files, folders (recursively) and `-` (standard input). Bad inputs come out as
 * problems, in order, never as throws; memory stays bounded by the limits in `options`.
 */
export async function* readInputs(paths: string[], options: InputOptions = {}): AsyncGenerator<RawArticle | InputProblem> {
  const metadata = options.metadata;
  if (!metadata?.size) return yield* readAll(paths, options);
  for await (const item of readAll(paths, options)) yield 'body' in item ? withMetadata(item, metadata) : item;
}

async function* readAll(paths: string[], options: InputOptions): AsyncGenerator<RawArticle | InputProblem> {
  const o = resolve(options);
  for await (const file of walkFiles(paths)) {
    if (typeof file !== 'string') {
      yield file;
      continue;
    }
    try {
      if (file === '-') yield* stdinItems(o, options.stdin ?? (process.stdin as AsyncIterable<Buffer>));
      else {
        const ext = path.extname(file).toLowerCase();
        if (STREAMED_EXTENSIONS.has(ext)) yield* streamedFile(file, o);
        else yield* wholeFile(file, READERS_BY_EXTENSION.get(ext), o);
      }
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      yield problem(file === '-' ? STDIN : file, `cannot read: ${err.code ?? err.message}`);
    }
  }
}
