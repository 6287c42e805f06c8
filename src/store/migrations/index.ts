import type { Migration, MigrationProvider } from 'kysely';
import * as m001 from './001_init.js';
import * as m003 from './003_scale.js';

/** Numbered migrations, in order. Add a file `NNN_name.ts` and list it here. */
const MIGRATIONS: Record<string, Migration> = {
  '001_init': m001,
  '003_scale': m003,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
