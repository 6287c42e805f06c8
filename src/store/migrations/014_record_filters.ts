import { sql, type Kysely } from 'kysely';
import { engineOf } from '../engine.js';

/** Record tables that keep their article's outlet. */
const WITH_OUTLET = ['quotes', 'statements', 'events', 'positions', 'statuses'] as const;
/** Speech tables that keep the issues of the positions and statuses they overlap. */
const WITH_ISSUES = ['quotes', 'statements'] as const;

/**
 * Records carry what the list filters ask most: their article's outlet, and for quotes and statements the
 * issues they speak to (`,territory,ceasefire,`: the issues of positions and statuses of the same article
 * whose spans overlap theirs). Both are fixed when the article is stored. Filtering on them is a column
 * test, not a subquery per record: the issue filter read two correlated subqueries for every quote.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of WITH_OUTLET) {
    await db.schema.alterTable(table).addColumn('outlet', 'text').execute();
    await sql`UPDATE ${sql.table(table)} SET outlet = (SELECT d.outlet FROM documents d WHERE d.id = ${sql.ref(`${table}.document_id`)})`.execute(db);
  }
  const joined = engineOf(db) === 'postgres' ? sql`string_agg(issue, ',' ORDER BY issue)` : sql`group_concat(issue, ',')`;
  for (const table of WITH_ISSUES) {
    await db.schema.alterTable(table).addColumn('issues', 'text', (c) => c.notNull().defaultTo('')).execute();
    const r = (c: string) => sql.ref(`${table}.${c}`);
    const overlapping = (other: string) =>
      sql`SELECT o.issue FROM ${sql.table(other)} o WHERE o.document_id = ${r('document_id')} AND o.span_start < ${r('span_end')} AND o.span_end > ${r('span_start')}`;
    await sql`UPDATE ${sql.table(table)} SET issues = coalesce((
      SELECT ',' || ${joined} || ',' FROM (SELECT issue FROM (${overlapping('positions')} UNION ${overlapping('statuses')}) u ORDER BY issue) i
    ), '')`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of WITH_ISSUES) await db.schema.alterTable(table).dropColumn('issues').execute();
  for (const table of WITH_OUTLET) await db.schema.alterTable(table).dropColumn('outlet').execute();
}
