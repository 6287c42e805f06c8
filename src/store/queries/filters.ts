import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** Filters the list queries share. Every field is optional; absent means "any". */
export interface RecordFilter {
  /** Inclusive YYYY-MM-DD bounds on the record's date (publication day unless the table has its own). */
  since?: string;
  until?: string;
  /** A side id: the speaker's, the position's, the claimant's or a participant's side. */
  side?: string;
  /** An issue id from the profile. */
  issue?: string;
  /** An actor key: the speaker, the source or a participant. */
  actor?: string;
  /** An outlet name, exactly as stored. */
  outlet?: string;
}

export interface Page {
  limit: number;
  offset: number;
}

export interface PageResult<T> {
  items: T[];
  total: number;
}

/** Ids of the documents of one outlet: a subquery any record table can filter `document_id` on. */
export const outletDocuments = (db: Kysely<Database>, outlet: string) =>
  db.selectFrom('documents').select('documents.id').where('documents.outlet', '=', outlet);

/** Keys of the actors on one side. */
export const sideActors = (db: Kysely<Database>, side: string) =>
  db.selectFrom('actors').select('actors.key').where('actors.side', '=', side);

/** Case-insensitive substring match of user text, wildcards escaped, on both engines. */
export const containsText = (column: string, text: string) =>
  sql<boolean>`lower(${sql.ref(column)}) like ${`%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`;

/** A position or status record on `issue` in the same document overlaps the record's span (a quote on that issue). */
export function onIssue(table: 'quotes' | 'statements', issue: string) {
  const doc = sql.ref(`${table}.document_id`);
  const start = sql.ref(`${table}.span_start`);
  const end = sql.ref(`${table}.span_end`);
  const overlapping = (other: 'positions' | 'statuses') =>
    sql`exists (select 1 from ${sql.table(other)} o where o.issue = ${issue} and o.document_id = ${doc} and o.span_start < ${end} and o.span_end > ${start})`;
  return sql<boolean>`(${overlapping('positions')} or ${overlapping('statuses')})`;
}
