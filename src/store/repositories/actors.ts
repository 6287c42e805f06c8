import type { Transaction } from 'kysely';
import type { Extraction } from '../../extract/extraction.js';
import type { ActorsTable, Database } from '../schema.js';
import { earlierOf, laterOf } from './upsert-extremes.js';

/**
 * Adds documents' actors to the cross-article actor table: counts grow, the facts (name, kind, side)
 * of the first document that named the actor win. Rows are summed per key first, so a batch writes
 * each actor once, in key order (writers touching the same actors never wait on each other in a cycle).
 */
export async function upsertActors(trx: Transaction<Database>, xs: Extraction | readonly Extraction[]): Promise<void> {
  const list = Array.isArray(xs) ? xs : [xs as Extraction];
  const actors = new Map<string, ActorsTable>();
  const aliases = new Map<string, { actor_key: string; alias: string; count: number }>();
  for (const x of list) {
    const mentions = new Map<string, number>();
    for (const m of x.mentions) mentions.set(m.actor, (mentions.get(m.actor) ?? 0) + 1);
    for (const a of x.actors) {
      let row = actors.get(a.key);
      if (!row) {
        row = {
          key: a.key, name: a.name, kind: a.kind, side: a.side, known: a.known ? 1 : 0, role: a.role ?? null,
          mention_count: 0, document_count: 0, first_seen: x.doc.published, last_seen: x.doc.published,
        };
        actors.set(a.key, row);
      }
      if (x.doc.published < row.first_seen!) row.first_seen = x.doc.published;
      if (x.doc.published > row.last_seen!) row.last_seen = x.doc.published;
      row.mention_count += mentions.get(a.key) || 1;
      row.document_count += 1;
      for (const alias of a.aliases) {
        const k = `${a.key}\u0000${alias}`;
        const r = aliases.get(k) ?? { actor_key: a.key, alias, count: 0 };
        r.count += 1;
        aliases.set(k, r);
      }
    }
  }
  const byKey = <T>(m: Map<string, T>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
  const actorRows = byKey(actors);
  for (let i = 0; i < actorRows.length; i += 200) {
    await trx
      .insertInto('actors')
      .values(actorRows.slice(i, i + 200))
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => ({
          mention_count: eb('actors.mention_count', '+', eb.ref('excluded.mention_count')),
          document_count: eb('actors.document_count', '+', eb.ref('excluded.document_count')),
          first_seen: earlierOf('actors.first_seen', 'excluded.first_seen'),
          last_seen: laterOf('actors.last_seen', 'excluded.last_seen'),
        })),
      )
      .execute();
  }
  const aliasRows = byKey(aliases);
  for (let i = 0; i < aliasRows.length; i += 300) {
    await trx
      .insertInto('actor_aliases')
      .values(aliasRows.slice(i, i + 300))
      .onConflict((oc) => oc.columns(['actor_key', 'alias']).doUpdateSet((eb) => ({ count: eb('actor_aliases.count', '+', eb.ref('excluded.count')) })))
      .execute();
  }
}
