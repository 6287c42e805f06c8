import { type Kysely, type CreateTableBuilder } from 'kysely';

type Table = CreateTableBuilder<string, never>;

/** Columns every extracted record has: id, document, span, text and the rule that made it. */
const recordColumns = (t: Table): Table =>
  t
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull());

const speakerColumns = (t: Table): Table =>
  t
    .addColumn('speaker_key', 'text')
    .addColumn('speaker_name', 'text')
    .addColumn('speaker_text', 'text')
    .addColumn('speaker_start', 'integer')
    .addColumn('speaker_end', 'integer')
    .addColumn('cue', 'text')
    .addColumn('cue_start', 'integer')
    .addColumn('cue_end', 'integer')
    .addColumn('published', 'text', (c) => c.notNull());

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('content_hash', 'text', (c) => c.notNull().unique())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('title', 'text')
    .addColumn('outlet', 'text')
    .addColumn('published', 'text', (c) => c.notNull())
    .addColumn('raw_text', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('segments', 'text', (c) => c.notNull())
    .addColumn('removed', 'text', (c) => c.notNull())
    .addColumn('sentences', 'text', (c) => c.notNull())
    .addColumn('minhash', 'text', (c) => c.notNull())
    .addColumn('story_id', 'text', (c) => c.notNull())
    .addColumn('story_similarity', 'real', (c) => c.notNull())
    .addColumn('extractor_version', 'integer', (c) => c.notNull())
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('documents_published').on('documents').columns(['published', 'id']).execute();
  await db.schema.createIndex('documents_story').on('documents').column('story_id').execute();
  await db.schema.createIndex('documents_outlet').on('documents').column('outlet').execute();

  await db.schema
    .createTable('stories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('first_published', 'text', (c) => c.notNull())
    .addColumn('document_count', 'integer', (c) => c.notNull())
    .addColumn('outlet_count', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('lsh_bands')
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('lsh_bands_pk', ['band', 'document_id'])
    .execute();

  await db.schema
    .createTable('outlets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('first_published', 'text', (c) => c.notNull())
    .addColumn('document_count', 'integer', (c) => c.notNull())
    .addColumn('framing', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('actors')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('side', 'text', (c) => c.notNull())
    .addColumn('known', 'integer', (c) => c.notNull())
    .addColumn('role', 'text')
    .addColumn('mention_count', 'integer', (c) => c.notNull())
    .addColumn('document_count', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('actors_side').on('actors').column('side').execute();

  await db.schema
    .createTable('actor_aliases')
    .addColumn('actor_key', 'text', (c) => c.notNull())
    .addColumn('alias', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('actor_aliases_pk', ['actor_key', 'alias'])
    .execute();

  await recordColumns(db.schema.createTable('mentions'))
    .addColumn('actor_key', 'text', (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mentions_document').on('mentions').column('document_id').execute();
  await db.schema.createIndex('mentions_actor').on('mentions').column('actor_key').execute();

  await speakerColumns(recordColumns(db.schema.createTable('quotes')))
    .addColumn('speaker_basis', 'text')
    .addColumn('partial', 'integer', (c) => c.notNull())
    .addColumn('group_key', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('quotes_document').on('quotes').column('document_id').execute();
  await db.schema.createIndex('quotes_speaker').on('quotes').columns(['speaker_key', 'published']).execute();
  await db.schema.createIndex('quotes_published').on('quotes').columns(['published', 'id']).execute();
  await db.schema.createIndex('quotes_group').on('quotes').column('group_key').execute();

  await speakerColumns(recordColumns(db.schema.createTable('statements'))).execute();
  await db.schema.createIndex('statements_document').on('statements').column('document_id').execute();
  await db.schema.createIndex('statements_speaker').on('statements').columns(['speaker_key', 'published']).execute();

  await recordColumns(db.schema.createTable('timexes'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('mod', 'text')
    .addColumn('basis', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('timexes_document').on('timexes').column('document_id').execute();

  await recordColumns(db.schema.createTable('events'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('precision', 'text')
    .addColumn('date_basis', 'text')
    .addColumn('place', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('trigger_start', 'integer', (c) => c.notNull())
    .addColumn('trigger_end', 'integer', (c) => c.notNull())
    .addColumn('participants', 'text', (c) => c.notNull())
    .addColumn('timeline_id', 'text')
    .addColumn('published', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('events_document').on('events').column('document_id').execute();
  await db.schema.createIndex('events_date').on('events').columns(['type', 'date']).execute();
  await db.schema.createIndex('events_timeline').on('events').column('timeline_id').execute();

  await db.schema
    .createTable('event_participants')
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('actor_key', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_participants_pk', ['event_id', 'actor_key'])
    .execute();
  await db.schema.createIndex('event_participants_actor').on('event_participants').column('actor_key').execute();

  await db.schema
    .createTable('timeline_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('date_end', 'text')
    .addColumn('precision', 'text')
    .addColumn('place', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('participants', 'text', (c) => c.notNull())
    .addColumn('first_reported', 'text', (c) => c.notNull())
    .addColumn('source_count', 'integer', (c) => c.notNull())
    .addColumn('date_conflict', 'integer', (c) => c.notNull())
    .addColumn('dates', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('timeline_events_date').on('timeline_events').columns(['date', 'id']).execute();

  await recordColumns(db.schema.createTable('positions'))
    .addColumn('side', 'text', (c) => c.notNull())
    .addColumn('issue', 'text', (c) => c.notNull())
    .addColumn('stance', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('source_key', 'text')
    .addColumn('claimed_by', 'text')
    .addColumn('hedged', 'integer', (c) => c.notNull())
    .addColumn('conditional', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('positions_cell').on('positions').columns(['side', 'issue', 'date']).execute();
  await db.schema.createIndex('positions_document').on('positions').column('document_id').execute();

  await recordColumns(db.schema.createTable('statuses'))
    .addColumn('issue', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('claimed_by', 'text')
    .addColumn('date', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('statuses_issue').on('statuses').columns(['issue', 'date']).execute();
  await db.schema.createIndex('statuses_document').on('statuses').column('document_id').execute();

  await db.schema
    .createTable('diagnostics')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('span_start', 'integer')
    .addColumn('span_end', 'integer')
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'meta', 'diagnostics', 'statuses', 'positions', 'timeline_events', 'event_participants', 'events', 'timexes',
    'statements', 'quotes', 'mentions', 'actor_aliases', 'actors', 'outlets', 'lsh_bands', 'stories', 'documents',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
