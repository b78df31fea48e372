import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, queryRows, type Database } from '../db/client';
import { migrateDatabase } from '../db/migrate';

/**
 * A migrated database for one test file: PGlite in memory by default, or, when DATABASE_URL
 * names a PostgreSQL server, a fresh database created beside it and dropped afterwards.
 */
export async function openTestDatabase(): Promise<Database & { drop(): Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const database = openDatabase({ directory: undefined });
    await migrateDatabase(database);
    return { ...database, drop: () => database.close() };
  }
  const name = `machiwork_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = openDatabase({ url: url.toString() });
  await migrateDatabase(database);
  return {
    ...database,
    async drop() {
      await database.close();
      const cleaner = new pg.Client({ connectionString: serverUrl });
      await cleaner.connect();
      await cleaner.query(`drop database if exists "${name}" with (force)`);
      await cleaner.end();
    },
  };
}

/** Empties every table (keeping the schema), so each test starts from nothing. */
export async function emptyDatabase(database: Database): Promise<void> {
  const rows = await queryRows<{ tablename: string }>(database.db, sql`select tablename from pg_tables where schemaname = 'public'`);
  const tables = rows.map((row) => `"${row.tablename}"`).join(', ');
  if (!tables) return;
  // Replica mode skips triggers for this transaction only, so the append-only audit log can be emptied between tests.
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(sql.raw(`truncate ${tables} cascade`));
  });
}
