import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  busyMs: number;
  /** Self time by function, busiest first. */
  functions: Array<{ name: string; ms: number }>;
  /** Self time by source area: an extractor folder, the store, Kysely, better-sqlite3, native... */
  areas: Array<{ name: string; ms: number }>;
}

/** Where a frame's code lives, at the granularity worth reporting. */
function area(url: string): string {
  if (!url) return '(native: GC, regex, SQLite, I/O)';
  const src = /\/src\/([^/]+)(?:\/([^/.]+))?/.exec(url);
  if (src) return src[1] === 'extract' || src[1] === 'ingest' ? `src/${src[1]}/${src[2] ?? ''}`.replace(/\/$/, '') : `src/${src[1]}`;
  const mod = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (mod) return mod[1]!;
  if (url.startsWith('node:')) return 'node internals';
  return path.basename(url);
}

/** Sums self time per function and per area for each .cpuprofile in `dir`. */
export function summariseProfiles(dir: string, top = 12): ProfileSummary[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => {
      const p = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as CpuProfile;
      const self = new Map<number, number>();
      p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000));
      const fns = new Map<string, number>();
      const areas = new Map<string, number>();
      let total = 0;
      let idle = 0;
      for (const n of p.nodes) {
        const ms = self.get(n.id) ?? 0;
        total += ms;
        const { functionName, url, lineNumber } = n.callFrame;
        if (functionName === '(idle)' || functionName === '(program)') {
          idle += ms;
          continue;
        }
        const name = `${functionName || '(anonymous)'} ${url ? `${url.replace(/^.*?\/(src|node_modules|bench)\//, '$1/')}:${lineNumber + 1}` : ''}`.trim();
        fns.set(name, (fns.get(name) ?? 0) + ms);
        const a = area(url);
        areas.set(a, (areas.get(a) ?? 0) + ms);
      }
      const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, ms]) => ({ name, ms }));
      return { file: f, totalMs: total, busyMs: total - idle, functions: sorted(fns), areas: sorted(areas) };
    })
    .sort((a, b) => b.busyMs - a.busyMs);
}
