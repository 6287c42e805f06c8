import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RawArticle } from '../../src/core/article.js';
import { createPipeline, DEFAULT_STAGES } from '../../src/extract/pipeline.js';
import { ingest } from '../../src/ingest/ingest.js';
import { readInputs } from '../../src/ingest/inputs.js';
import type { InputProblem } from '../../src/ingest/problem.js';
import { openStore, type Store } from '../../src/store/connect.js';
import { ROOT, SHARED } from '../../scripts/eval/datasets.js';
import { goldStage, type GoldDoc, type GoldKind } from './gold-stage.js';
import { HOSTILE_ARTICLE, HOSTILE_GOLD } from './hostile.js';

/**
 * A store for API and UI tests, built from real articles: the example corpus when it is there, else
 * the shared seeds and dev sets. Record kinds no extractor produces yet are filled from the gold
 * (`gold-stage.ts`), articles without an outlet get a clearly fake one ("Fixture …"), and a hostile
 * article with script payloads is added. Once the extractors and the timeline merge land, their
 * output is used instead and the fixtures fall away.
 */

export interface DemoStore {
  store: Store;
  file: string;
  /** Record kinds filled from gold because no extractor produced any. */
  filledFromGold: GoldKind[];
  /** True when the timeline was grouped here because nothing else merged events. */
  fixtureTimeline: boolean;
}

const KINDS: GoldKind[] = ['actors', 'quotes', 'timexes', 'events', 'positions', 'statuses'];
const FIXTURE_OUTLETS = ['Fixture Wire', 'Fixture Daily', 'Fixture Review'];

/** Article folders with gold: the example corpus if present, else ../shared seeds and dev. */
export function demoCorpora(): Array<{ docs: string; gold: string }> {
  const examples = { docs: path.join(ROOT, 'examples', 'articles'), gold: path.join(ROOT, 'examples', 'gold') };
  if (existsSync(examples.docs)) return [examples];
  return ['seeds', 'dev']
    .map((s) => ({ docs: path.join(SHARED, 'corpus', s), gold: path.join(SHARED, 'eval', 'gold', s) }))
    .filter((c) => existsSync(c.docs));
}

function loadGold(folders: string[]): Map<string, GoldDoc> {
  const out = new Map<string, GoldDoc>();
  for (const dir of folders) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const g = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as GoldDoc;
      out.set(g.id ?? f.replace(/\.json$/, ''), g);
    }
  }
  out.set(HOSTILE_ARTICLE.id, HOSTILE_GOLD);
  return out;
}

const hash = (s: string) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);

/** Gives seed-format articles (no metadata) a title from their first sentence and a fixture outlet. */
function withMetadata(a: RawArticle): RawArticle {
  const firstLine = a.body.trim().split('\n')[0] ?? '';
  const sentence = /^.{20,160}?[.!?](?=\s|$)/.exec(firstLine)?.[0] ?? firstLine.slice(0, 120);
  return {
    ...a,
    title: a.title ?? sentence,
    outlet: a.outlet ?? FIXTURE_OUTLETS[hash(a.id) % FIXTURE_OUTLETS.length]!,
  };
}

async function* articles(folders: string[], hostile: boolean): AsyncGenerator<RawArticle | InputProblem> {
  for await (const item of readInputs(folders)) yield 'kind' in item ? item : withMetadata(item);
  if (hostile) yield HOSTILE_ARTICLE;
}

/** Tests that need the demo store skip with a reason when there are no articles to build it from. */
export const demoSkip = (): string | false =>
  demoCorpora().length ? false : `needs examples/articles or ${SHARED}/corpus (articles with gold)`;

/** Which record kinds the real extractors produce nothing of on these articles. */
async function unbuiltKinds(folders: string[]): Promise<Set<GoldKind>> {
  const pipeline = createPipeline();
  const seen = new Set<GoldKind>();
  for await (const item of readInputs(folders)) {
    if ('kind' in item) continue;
    const x = pipeline.extract(item);
    for (const k of KINDS) if ((x[k] as unknown[]).length) seen.add(k);
  }
  return new Set(KINDS.filter((k) => !seen.has(k)));
}

/** Merges per-article events into timeline rows when nothing else did: same type, same day, a shared participant. */
async function fixtureTimeline(store: Store): Promise<boolean> {
  const db = store.db;
  const merged = await db.selectFrom('timeline_events').select('id').limit(1).execute();
  if (merged.length) return false;
  const events = await db.selectFrom('events').selectAll().orderBy('published').orderBy('id').execute();
  if (!events.length) return false;
  const groups: Array<{ key: string; day: string | null; participants: Set<string>; rows: typeof events }> = [];
  for (const e of events) {
    const names = JSON.parse(e.participants) as string[];
    const g = groups.find((g) => g.key === e.type && g.day === e.date && e.date !== null && names.some((n) => g.participants.has(n)));
    if (g) {
      g.rows.push(e);
      names.forEach((n) => g.participants.add(n));
    } else groups.push({ key: e.type, day: e.date, participants: new Set(names), rows: [e] });
  }
  await db.transaction().execute(async (trx) => {
    for (const [i, g] of groups.entries()) {
      const id = `tl${String(i + 1).padStart(4, '0')}`;
      const first = g.rows[0]!;
      await trx
        .insertInto('timeline_events')
        .values({
          id,
          type: g.key,
          date: g.day,
          date_end: null,
          precision: g.day ? 'day' : null,
          place: g.rows.find((r) => r.place)?.place ?? null,
          status: first.status,
          participants: JSON.stringify([...g.participants]),
          first_reported: g.rows.map((r) => r.published).sort()[0]!,
          source_count: g.rows.length,
          date_conflict: 0,
          dates: JSON.stringify([...new Set(g.rows.map((r) => r.date).filter(Boolean))]),
        })
        .execute();
      await trx.updateTable('events').set({ timeline_id: id }).where('id', 'in', g.rows.map((r) => r.id)).execute();
    }
  });
  return true;
}

/** Builds the demo store in `file` (default: a new temporary file); `hostile: false` leaves out the payload article. */
export async function buildDemoStore(file?: string, options: { hostile?: boolean } = {}): Promise<DemoStore> {
  const target = file ?? path.join(mkdtempSync(path.join(tmpdir(), 'parley-demo-')), 'demo.db');
  const corpora = demoCorpora();
  if (!corpora.length) throw new Error(`No articles for the demo store: neither examples/articles nor ${SHARED}/corpus exist`);
  const folders = corpora.map((c) => c.docs);
  const gold = loadGold(corpora.map((c) => c.gold));
  const fill = await unbuiltKinds(folders);
  const pipeline = createPipeline({ stages: [...DEFAULT_STAGES, goldStage(gold, fill)] });
  const store = await openStore(target);
  const summary = await ingest(store, pipeline, articles(folders, options.hostile ?? true), { now: () => '2026-01-01T00:00:00.000Z' });
  if (summary.failed) throw new Error(`demo store: ${summary.failed} articles failed to ingest`);
  const timeline = await fixtureTimeline(store);
  return { store, file: target, filledFromGold: [...fill].sort(), fixtureTimeline: timeline };
}
