import type { Config } from '../config';
import { openDatabase, pgliteDirectory, type Database } from './client';

/** The database the configuration names: the PostgreSQL server at DATABASE_URL, or PGlite in the data folder. */
export function openConfiguredDatabase(config: Config): Database {
  return openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { directory: pgliteDirectory(config.dataDir) });
}
