import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { problem, type InputProblem } from './problem.js';

/**
 * Every file under the given paths, folders recursively in name order, `-` passed through for
 * standard input. Hidden entries are skipped; a folder reached twice through links is read once.
 */
export async function* walkFiles(paths: string[], seen = new Set<string>()): AsyncGenerator<string | InputProblem> {
  for (const p of paths) {
    if (p === '-') {
      yield '-';
      continue;
    }
    let info;
    try {
      info = await stat(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      yield problem(p, code === 'ENOENT' ? 'no such file or folder' : `cannot open (${code ?? (e as Error).message})`);
      continue;
    }
    if (info.isDirectory()) {
      const real = await realpath(p).catch(() => p);
      if (seen.has(real)) continue;
      seen.add(real);
      let entries;
      try {
        entries = await readdir(p, { withFileTypes: true });
      } catch (e) {
        yield problem(p, `cannot read folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
        continue;
      }
      const names = entries.filter((e) => !e.name.startsWith('.')).map((e) => e.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      yield* walkFiles(names.map((n) => path.join(p, n)), seen);
    } else if (info.isFile()) yield p;
    else yield problem(p, 'not a regular file');
  }
}
