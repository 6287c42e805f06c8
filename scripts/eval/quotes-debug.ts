// Development aid: prints every quote and statement of some articles with its rule, speaker mention and cue.
// Usage: node --import tsx scripts/eval/quotes-debug.ts FILE_OR_DIR... [--statements]
import { readInputs } from '../../src/ingest/inputs.js';
import { createPipeline } from '../../src/extract/pipeline.js';
import type { RawArticle } from '../../src/core/article.js';

// Piping into head closes stdout early: stop quietly.
process.stdout.on('error', () => process.exit(0));
const args = process.argv.slice(2);
const withStatements = args.includes('--statements');
const pipeline = createPipeline();
for await (const item of readInputs(args.filter((a) => !a.startsWith('--')))) {
  if ('kind' in item) continue;
  const x = pipeline.extract(item as RawArticle);
  console.log(`# ${x.doc.id}`);
  for (const q of x.quotes)
    console.log(`Q ${q.rule.padEnd(22)} ${String(q.speaker).padEnd(22)} [${q.speakerText ?? ''}] <${q.cue ?? ''}>${q.partial ? ' partial' : ''} | ${q.text.slice(0, 90).replace(/\n/g, ' / ')}`);
  if (withStatements)
    for (const s of x.statements)
      console.log(`S ${s.rule.padEnd(22)} ${String(s.speaker).padEnd(22)} [${s.speakerText ?? ''}] <${s.cue ?? ''}> | ${s.text.slice(0, 90)}`);
}
