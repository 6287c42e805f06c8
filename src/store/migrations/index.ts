import type { Migration, MigrationProvider } from 'kysely';
import * as m001 from './001_init.js';
import * as m002 from './002_search.js';
import * as m003 from './003_scale.js';
import * as m004 from './004_timeline.js';
import * as m006 from './006_sources.js';
import * as m007 from './007_search_vectors.js';
import * as m008 from './008_day_order.js';
import * as m009 from './009_daily_counts.js';
import * as m010 from './010_timeline_participants.js';
import * as m011 from './011_record_stories.js';
import * as m012 from './012_actor_seen.js';
import * as m013 from './013_outlet_counts.js';
import * as m014 from './014_record_filters.js';
import * as m015 from './015_outlet_indexes.js';
import * as m016 from './016_record_issue_lookup.js';
import * as m017 from './017_timeline_sources.js';
import * as m018 from './018_outlet_issue_days.js';
import * as m019 from './019_speech_filters.js';
import * as m020 from './020_timeline_type_day.js';
import * as m021 from './021_day_weeks.js';
import * as m022 from './022_mention_pairs.js';
import * as m023 from './023_event_lookups.js';
import * as m024 from './024_position_sources.js';
import * as m025 from './025_status_claimants.js';
import * as m026 from './026_document_sketches.js';
import * as m027 from './027_prefix_indexes.js';
import * as m028 from './028_timeline_sums.js';
import * as m029 from './029_row_counts.js';
import * as m030 from './030_timeline_candidates.js';
import * as m031 from './031_story_order_indexes.js';

/** Numbered migrations, in order. Add a file `NNN_name.ts` and list it here. */
const MIGRATIONS: Record<string, Migration> = {
  '001_init': m001,
  '002_search': m002,
  '003_scale': m003,
  '004_timeline': m004,
  '006_sources': m006,
  '007_search_vectors': m007,
  '008_day_order': m008,
  '009_daily_counts': m009,
  '010_timeline_participants': m010,
  '011_record_stories': m011,
  '012_actor_seen': m012,
  '013_outlet_counts': m013,
  '014_record_filters': m014,
  '015_outlet_indexes': m015,
  '016_record_issue_lookup': m016,
  '017_timeline_sources': m017,
  '018_outlet_issue_days': m018,
  '019_speech_filters': m019,
  '020_timeline_type_day': m020,
  '021_day_weeks': m021,
  '022_mention_pairs': m022,
  '023_event_lookups': m023,
  '024_position_sources': m024,
  '025_status_claimants': m025,
  '026_document_sketches': m026,
  '027_prefix_indexes': m027,
  '028_timeline_sums': m028,
  '029_row_counts': m029,
  '030_timeline_candidates': m030,
  '031_story_order_indexes': m031,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
