
import { readdir, stat, open } from 'node:fs/promises';
import path from 'node:path';
import type { RawArticle } from '../core/article.js';
import { decode } from './decode.js';
import { problem, type InputProblem } from './problem.js';
import type { ReadOptions, Reader } from './readers/reader.js';
import { isSeedFormat, readSeed } from './readers/seed.js';
import { readText } from './readers/text.js';

export interface InputOptions extends ReadOptions {
  /** Largest file read, in bytes; larger files are reported and skipped. */
  maxFileBytes?: number;
}

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Extra readers by file extension (JSON, HTML, feeds), registered by the modules that implement them. */
export const READERS_BY_EXTENSION = new Map<string, Reader>();

function readerFor(file: string, text: string): Reader {
  const ext = path.extname(file).toLowerCase();
  const byExt = READERS_BY_EXTENSION.get(ext);
  if (byExt) return byExt;
  return isSeedFormat(text) ? readSeed : readText;
}

/** Every file under the given paths (folders recursively, sorted), `-` for standard input. */
async function* files(paths: string[]): AsyncGenerator<string | InputProblem> {
  for (const p of paths) {
    if (p === '-') {
      yield '-';
      continue;
    }
    let info;
    try {
      info = await stat(p);
    } catch {
      yield problem(p, 'no such file or folder');
      continue;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(p, { withFileTypes: true }))
        .filter((e) => !e.name.startsWith('.'))
        .sort((a, b) => a.name.localeCompare(b.name));
      yield* files(entries.map((e) => path.join(p, e.name)));
    } else if (info.isFile()) yield p;
    else yield problem(p, 'not a regular file');
  }
}

async function readBytes(file: string, max: number): Promise<Uint8Array | InputProblem> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > max) return problem('-', `input larger than the ${max}-byte limit (--max-file-bytes)`);
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  }
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size > max) return problem(file, `file is ${size} bytes, over the ${max}-byte limit (--max-file-bytes)`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Reads articles from files, folders and stdin. Bad inputs come out as problems, in order, never as throws. */
export async function* readInputs(paths: string[], options: InputOptions = {}): AsyncGenerator<RawArticle | InputProblem> {
  const max = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  for await (const file of files(paths)) {
    if (typeof file !== 'string') {
      yield file;
      continue;
    }
    let bytes: Uint8Array | InputProblem;
    try {
      bytes = await readBytes(file, max);
    } catch (e) {
      yield problem(file, `cannot read: ${(e as Error).message}`);
      continue;
    }
    if (!(bytes instanceof Uint8Array)) {
      yield bytes;
      continue;
    }
    const decoded = decode(bytes);
    if (!decoded.ok) {
      yield problem(file, decoded.reason);
      continue;
    }
    const source = file === '-' ? 'stdin' : file;
    yield* readerFor(file, decoded.text)(source, decoded.text, options);
  }
}

