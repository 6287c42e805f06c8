import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { actorAliases, listActors, type ActorFilter } from './actors.js';
import type { Page, PageResult } from './filters.js';
import { num } from './shape.js';

export interface ActorListItem {
  key: string;
  name: string;
  kind: string;
  side: string;
  known: boolean;
  role: string | null;
  mentionCount: number;
  documentCount: number;
  aliases: string[];
}

/** Actors by how many documents mention them, with a total for paging and their top aliases. */
export async function listActorPage(db: Kysely<Database>, filter: ActorFilter, page: Page): Promise<PageResult<ActorListItem>> {
  let count = db.selectFrom('actors').select((eb) => eb.fn.countAll().as('n'));
  if (filter.side) count = count.where('side', '=', filter.side);
  if (filter.kind) count = count.where('kind', '=', filter.kind);
  if (filter.search) count = count.where('name', 'like', `%${filter.search.replace(/[%_]/g, '')}%`);
  const [rows, total] = await Promise.all([listActors(db, filter, page), count.executeTakeFirstOrThrow()]);
  const aliases = await actorAliases(db, rows.map((r) => r.key));
  return {
    total: num(total.n),
    items: rows.map((r) => ({
      key: r.key,
      name: r.name,
      kind: r.kind,
      side: r.side,
      known: r.known === 1,
      role: r.role,
      mentionCount: r.mention_count,
      documentCount: r.document_count,
      aliases: (aliases.get(r.key) ?? []).slice(0, 8),
    })),
  };
}
