// node --import tsx scripts/eval/stances.ts [seeds|dev|examples ...] [--explain]
// Positions and statuses per issue, per stance and per status on the gold sets: what the overall F1 hides.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createPipeline } from '../../src/extract/pipeline.js';
import { GOLD_SETS } from './datasets.js';
import { extractFolder } from './run.js';

type Item = Record<string, string | null> & { evidence?: string };
interface Count { tp: number; fp: number; fn: number }
const add = (m: Map<string, Count>, k: string, f: keyof Count) => {
  const c = m.get(k) ?? { tp: 0, fp: 0, fn: 0 };
  c[f]++;
  m.set(k, c);
};
const f1 = ({ tp, fp, fn }: Count) => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);
const row = (k: string, c: Count) => `  ${k.padEnd(28)} tp ${String(c.tp).padStart(3)}  fp ${String(c.fp).padStart(3)}  fn ${String(c.fn).padStart(3)}  F1 ${f1(c).toFixed(3)}`;

const args = process.argv.slice(2);
const explain = args.includes('--explain');
const names = args.filter((a) => !a.startsWith('--'));
const pipeline = createPipeline();
for (const set of GOLD_SETS.filter((s) => (names.length ? names.includes(s.name) : ['seeds', 'dev'].includes(s.name)))) {
  const gold = new Map(readdirSync(set.gold).filter((f) => f.endsWith('.json')).map((f) => {
    const d = JSON.parse(readFileSync(path.join(set.gold, f), 'utf8'));
    return [d.id as string, d];
  }));
  const pred = await extractFolder(pipeline, set.docs);
  for (const field of ['positions', 'statuses'] as const) {
    const keys = field === 'positions' ? ['side', 'issue', 'stance'] : ['issue', 'status'];
    const key = (x: Item) => keys.map((k) => String(x[k]).toLowerCase()).join(' ');
    const byLabel = new Map<string, Count>();
    const total: Count = { tp: 0, fp: 0, fn: 0 };
    const lines: string[] = [];
    for (const doc of pred.documents) {
      const g = gold.get(doc.id);
      if (!g) continue;
      const G: Item[] = g[field] ?? [];
      const P: Item[] = (doc[field] as unknown as Item[]) ?? [];
      const used = new Set<number>();
      const labels = (x: Item) => (field === 'positions' ? [`issue:${x.issue}`, `stance:${x.stance}`, `side:${x.side}`] : [`issue:${x.issue}`, `status:${x.status}`]);
      for (const x of G) {
        const j = P.findIndex((p, i) => !used.has(i) && key(p) === key(x));
        const hit = j >= 0;
        if (hit) used.add(j);
        total[hit ? 'tp' : 'fn']++;
        for (const l of labels(x)) add(byLabel, l, hit ? 'tp' : 'fn');
        if (!hit) lines.push(`  ${doc.id} MISS ${key(x)} | ${x.evidence}`);
      }
      P.forEach((p, i) => {
        if (used.has(i)) return;
        total.fp++;
        for (const l of labels(p)) add(byLabel, l, 'fp');
        lines.push(`  ${doc.id} FP   ${key(p)} [${(p as Item).rule}] | ${p.evidence}`);
      });
    }
    console.log(`${set.name} ${field}: ${row('all', total).trim()}`);
    for (const k of [...byLabel.keys()].sort()) console.log(row(k, byLabel.get(k)!));
    if (explain) console.log(lines.join('\n'));
  }
}
