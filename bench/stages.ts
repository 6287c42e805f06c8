import type { RawArticle } from '../src/core/article.js';
import type { StageFactory } from '../src/extract/extraction.js';
import { createPipeline, DEFAULT_STAGES } from '../src/extract/pipeline.js';
import { signature } from '../src/ingest/dedup/minhash.js';
import { contentHash } from '../src/ingest/hash.js';

export interface ExtractionSpeed {
  articles: number;
  /** Articles per CPU second on one thread: the pipeline plus the MinHash signature (what a worker does). */
  perCore: number;
  /** Milliseconds per article for each part of the per-article work. */
  stages: Record<string, number>;
}

/** Articles extracted before timing starts. */
const WARM_UP = 500;

/** This process's CPU time in ms: on a busy machine wall time would count other processes' turns too. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Times the per-article work stage by stage on one thread (after a warm-up of WARM_UP articles). */
export function measureExtraction(articles: readonly RawArticle[]): ExtractionSpeed {
  const spent = new Map<string, number>();
  const timed = (factory: StageFactory): StageFactory => {
    const name = factory.name.replace(/Stage$/, '') || 'stage';
    return (env) => {
      const stage = factory(env);
      return (x) => {
        const t0 = cpuMs();
        try {
          return stage(x);
        } finally {
          spent.set(name, (spent.get(name) ?? 0) + cpuMs() - t0);
        }
      };
    };
  };
  const pipeline = createPipeline({ stages: DEFAULT_STAGES.map(timed) });
  // V8 keeps optimising the stages for the first few hundred articles (the first 300 take twice as long as
  // the next); what a worker does over a big corpus is the steady state measured after.
  for (const a of articles.slice(0, WARM_UP)) signature(pipeline.extract(a).doc.text);
  spent.clear();

  let prepare = 0;
  let minhash = 0;
  let hash = 0;
  for (const a of articles) {
    const t0 = cpuMs();
    pipeline.prepare(a);
    prepare += cpuMs() - t0;
  }
  const c0 = cpuMs();
  for (const a of articles) {
    const x = pipeline.extract(a);
    const t1 = cpuMs();
    signature(x.doc.text);
    minhash += cpuMs() - t1;
  }
  const cpu = cpuMs() - c0;
  for (const a of articles) {
    const t2 = cpuMs();
    contentHash(a);
    hash += cpuMs() - t2;
  }
  const n = articles.length;
  const stageTotal = [...spent.values()].reduce((s, v) => s + v, 0);
  const stages: Record<string, number> = { 'clean+segment': prepare / n };
  for (const [name, ms] of spent) stages[name] = ms / n;
  stages.minhash = minhash / n;
  stages['content hash (main thread)'] = hash / n;
  stages['other (record assembly)'] = Math.max(0, (cpu - prepare - stageTotal - minhash) / n);
  // CPU time, not wall time: other processes on the machine do not count against Parley.
  return { articles: n, perCore: n / (Math.max(cpu, 1e-6) / 1000), stages };
}
