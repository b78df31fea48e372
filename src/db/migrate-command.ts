// `npm run db:migrate`: applies pending migrations to the configured database and exits.
import { ConfigError, readConfig } from '../config';
import { migrateDatabase } from './migrate';
import { openConfiguredDatabase } from './open-configured';

try {
  const database = openConfiguredDatabase(readConfig());
  await migrateDatabase(database);
  await database.close();
  console.log(`Migrations applied (${database.kind}).`);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
