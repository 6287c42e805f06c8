import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { Page } from './documents.js';

export interface ActorFilter {
  side?: string;
  kind?: string;
  search?: string;
}

/** Actors by how many documents mention them. */
export async function listActors(db: Kysely<Database>, filter: ActorFilter, page: Page) {
  let q = db.selectFrom('actors').selectAll();
  if (filter.side) q = q.where('side', '=', filter.side);
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (filter.search) q = q.where('name', 'like', `%${filter.search.replace(/[%_]/g, '')}%`);
  return q.orderBy('document_count', 'desc').orderBy('mention_count', 'desc').orderBy('key').limit(page.limit).offset(page.offset).execute();
}

export async function actorAliases(db: Kysely<Database>, keys: string[]) {
  if (!keys.length) return new Map<string, string[]>();
  const rows = await db.selectFrom('actor_aliases').selectAll().where('actor_key', 'in', keys).orderBy('count', 'desc').execute();
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.actor_key, [...(out.get(r.actor_key) ?? []), r.alias]);
  return out;
}
