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

/**
 * Empties every table (keeping the schema), so each test starts from nothing. Only tables holding
 * rows are touched, with `delete` rather than `truncate … cascade`: truncating (which cascades from
 * users to nearly every table) costs a quarter of a second per test on PostgreSQL.
 */
export async function emptyDatabase(database: Database): Promise<void> {
  const rows = await queryRows<{ tablename: string }>(database.db, sql`select tablename from pg_tables where schemaname = 'public'`);
  if (rows.length === 0) return;
  const probe = rows.map((row) => `select '${row.tablename}' as tablename where exists (select 1 from "${row.tablename}")`).join(' union all ');
  const filled = await queryRows<{ tablename: string }>(database.db, sql.raw(probe));
  if (filled.length === 0) return;
  // Replica mode skips triggers for this transaction only: the foreign keys' checks (so the order of
  // deletes does not matter) and the append-only audit log's guard.
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    for (const { tablename } of filled) await tx.execute(sql.raw(`delete from "${tablename}"`));
  });
}
