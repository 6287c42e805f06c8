// npm run eval: runs the extractor on every development set and prints one table.
import { createPipeline } from '../src/extract/pipeline.js';
import { GOLD_SETS, POLNEAR_DEV, hasShared } from './eval/datasets.js';
import { scoreGoldSet, scorePolnear } from './eval/run.js';

const FIELDS = ['actors', 'quotes', 'quotes_e2e', 'timexes', 'events', 'positions', 'statuses'] as const;
const pct = (x: number | undefined) => (x === undefined ? '    -' : x.toFixed(3));

async function main() {
  if (!hasShared()) console.error('note: ../shared is not beside the checkout; only the project examples are scored');
  const pipeline = createPipeline();
  const rows: string[][] = [];
  for (const set of GOLD_SETS) {
    const s = await scoreGoldSet(pipeline, set);
    if (!s) continue;
    const fields = set.name === 'timebank' ? (['timexes'] as const) : FIELDS;
    for (const f of fields) rows.push([set.name, f, pct(s[f]!.p), pct(s[f]!.r), pct(s[f]!.f1), f === 'quotes' ? pct(s.quotes!.attribution) : '']);
  }
  const pn = scorePolnear(pipeline, POLNEAR_DEV);
  if (pn) {
    rows.push(['polnear-dev', 'direct quotes', pct(pn.p), pct(pn.r), pct(pn.f1), `speaker ${pct(pn.speaker)}`]);
    rows.push(['polnear-dev', 'all attributions', pct(pn.all.p), pct(pn.all.r), pct(pn.all.f1), `speaker ${pct(pn.all.speaker)}, e2e F1 ${pct(pn.all.e2e_f1)}`]);
  }
  const header = ['set', 'field', 'P', 'R', 'F1', 'attribution'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

await main();
