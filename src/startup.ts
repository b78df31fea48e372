import type { Config } from './config';
import type { Database } from './db/client';
import { migrateDatabase } from './db/migrate';
import { prepareFirstAdminCode } from './features/accounts/first-admin';
import { seedDemo } from './features/demo/seed';

export type PreparedDatabase = {
  /** Demo data was created on this start. */
  seeded: boolean;
  /** A code for /first-admin when the database has no accounts (never in demo mode). */
  firstAdminCode: string | null;
};

/**
 * Brings a database up to date on start: migrations, then demo data or first-admin setup. The
 * encryption key seals the demo's bank accounts.
 */
export async function prepareDatabase(database: Database, config: Config, encryptionKey?: Buffer): Promise<PreparedDatabase> {
  await migrateDatabase(database);
  const seeded = config.demo ? await seedDemo(database.db, encryptionKey, config.dataDir) : false;
  const firstAdminCode = await prepareFirstAdminCode(database.db);
  return { seeded, firstAdminCode };
}
