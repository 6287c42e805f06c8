import type { Transaction } from 'kysely';
import type { Extraction } from '../../extract/extraction.js';
import type { Database } from '../schema.js';

/** Adds one document's actors to the cross-article actor table: counts grow, known facts win. */
export async function upsertActors(trx: Transaction<Database>, x: Extraction): Promise<void> {
  for (const a of x.actors) {
    const mentions = x.mentions.filter((m) => m.actor === a.key).length || 1;
    await trx
      .insertInto('actors')
      .values({
        key: a.key,
        name: a.name,
        kind: a.kind,
        side: a.side,
        known: a.known ? 1 : 0,
        role: a.role ?? null,
        mention_count: mentions,
        document_count: 1,
      })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => ({
          mention_count: eb('actors.mention_count', '+', mentions),
          document_count: eb('actors.document_count', '+', 1),
        })),
      )
      .execute();
    for (const alias of a.aliases) {
      await trx
        .insertInto('actor_aliases')
        .values({ actor_key: a.key, alias, count: 1 })
        .onConflict((oc) => oc.columns(['actor_key', 'alias']).doUpdateSet((eb) => ({ count: eb('actor_aliases.count', '+', 1) })))
        .execute();
    }
  }
}
