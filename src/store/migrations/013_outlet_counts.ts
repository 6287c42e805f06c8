import { sql, type Kysely } from 'kysely';

const COLUMNS = { quotes: 'quote_count', events: 'event_count', positions: 'position_count', statuses: 'status_count' } as const;
const COUNTED = Object.keys(COLUMNS) as Array<keyof typeof COLUMNS>;
const column = (table: keyof typeof COLUMNS) => COLUMNS[table];

/**
 * Per-outlet record counts (quotes, events, positions, statuses), kept by the write batch like the
 * document count, so listing outlets does not join every record with its document. Filled from the
 * records already stored.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of COUNTED) {
    await db.schema.alterTable('outlets').addColumn(column(table), 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await sql`UPDATE outlets SET ${sql.ref(column(table))} = (
      SELECT count(*) FROM ${sql.table(table)} r JOIN documents d ON d.id = r.document_id WHERE d.outlet = outlets.name)`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of COUNTED) await db.schema.alterTable('outlets').dropColumn(column(table)).execute();
}
