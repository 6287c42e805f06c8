import { PostgresAdapter, type Kysely } from 'kysely';
import type { Engine } from './connect.js';

/**
 * Which engine a Kysely instance talks to, read from its dialect adapter. For the few places where
 * SQLite and PostgreSQL really differ (full-text search, and a few queries each planner needs written its
 * own way: the brief's cells, the document list's side test); everything else is engine-neutral.
 */
export const engineOf = (db: Kysely<unknown> | Kysely<any>): Engine =>
  db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
