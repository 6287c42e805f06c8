import { performance } from 'node:perf_hooks';
import { createApp } from '../src/api/app.js';
import { loadProfile } from '../src/profile/load.js';
import type { Profile } from '../src/profile/schema.js';
import type { Store } from '../src/store/connect.js';

export interface EndpointTiming {
  endpoint: string;
  p50: number;
  p95: number;
  max: number;
  runs: number;
}

export interface ApiBenchOptions {
  profile?: Profile;
  /** Timed requests per endpoint (after five warm-up requests). */
  runs?: number;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;

/**
 * Latency of every list endpoint, with and without filters, measured in process through
 * `app.request` (no network), in milliseconds. Filter values are taken from the store itself, so
 * the filtered requests return something. Target: p95 < 50 ms on the example corpus.
 */
export async function benchApi(store: Store, options: ApiBenchOptions = {}): Promise<EndpointTiming[]> {
  const app = createApp({ store, profile: options.profile ?? loadProfile() });
  const runs = options.runs ?? 50;
  const db = store.db;
  const outlet = (await db.selectFrom('outlets').select('name').orderBy('document_count', 'desc').limit(1).executeTakeFirst())?.name ?? 'none';
  const actor = (await db.selectFrom('actors').select('key').orderBy('document_count', 'desc').limit(1).executeTakeFirst())?.key ?? 'none';
  const range = await db.selectFrom('documents').select((eb) => [eb.fn.min('published').as('a'), eb.fn.max('published').as('b')]).executeTakeFirst();
  const since = String(range?.a ?? '2025-01-01');
  const until = String(range?.b ?? '2026-12-31');
  const side = 'ukraine';
  const issue = 'territory';
  const enc = encodeURIComponent;
  const window = `since=${since}&until=${until}`;
  const endpoints = [
    '/api/overview',
    '/api/meta',
    '/api/documents',
    `/api/documents?${window}&outlet=${enc(outlet)}&side=${side}&issue=${issue}`,
    '/api/stories?minDocuments=1',
    '/api/actors',
    `/api/actors?side=${side}&q=a`,
    `/api/actors/${enc(actor)}`,
    '/api/quotes',
    `/api/quotes?${window}&side=${side}&issue=${issue}&outlet=${enc(outlet)}`,
    `/api/quotes?actor=${enc(actor)}`,
    `/api/statements?${window}&side=${side}`,
    '/api/events',
    `/api/events?${window}&actor=${enc(actor)}&outlet=${enc(outlet)}`,
    '/api/timeline',
    `/api/timeline?${window}&side=${side}&type=meeting`,
    '/api/positions',
    `/api/positions?${window}&side=${side}&issue=${issue}&outlet=${enc(outlet)}`,
    '/api/statuses',
    `/api/statuses?${window}&issue=${issue}`,
    '/api/matrix',
    `/api/matrix?until=${until}&bucket=day`,
    `/api/matrix/evidence?side=${side}&issue=${issue}`,
    `/api/briefs?since=${since}`,
    '/api/search?q=talks',
    `/api/search?q=%22security%20guarantees%22&${window}&outlet=${enc(outlet)}`,
    '/api/search?q=peace&kind=quotes',
    '/api/outlets',
    '/api/outlets/coverage',
    // Combinations a sweep of filter pairs at 30k articles found slow (each read a whole table once).
    `/api/documents?actor=${enc(actor)}&issue=${issue}`,
    `/api/events?type=meeting&actor=${enc(actor)}`,
    `/api/timeline?actor=${enc(actor)}&outlet=${enc(outlet)}`,
    `/api/positions?actor=${enc(actor)}&side=russia`,
    `/api/statuses?${window}&side=${side}&outlet=${enc(outlet)}`,
  ];
  const out: EndpointTiming[] = [];
  for (const endpoint of endpoints) {
    for (let i = 0; i < 5; i++) await (await app.request(endpoint)).arrayBuffer();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const res = await app.request(endpoint);
      await res.arrayBuffer();
      times.push(performance.now() - t);
      if (res.status !== 200) throw new Error(`benchmark request ${endpoint} answered ${res.status}`);
    }
    times.sort((a, b) => a - b);
    out.push({ endpoint, p50: quantile(times, 0.5), p95: quantile(times, 0.95), max: times.at(-1) ?? 0, runs });
  }
  return out;
}
