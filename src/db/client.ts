import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema';

/** The handle every domain function takes; the same on embedded PGlite and on a PostgreSQL server. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseTarget =
  /** A PostgreSQL server. */
  | { url: string }
  /** Embedded PGlite in a folder, or in memory when `directory` is undefined. */
  | { directory: string | undefined };

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  target: DatabaseTarget;
  close(): Promise<void>;
};

export function openDatabase(target: DatabaseTarget): Database {
  if ('url' in target) {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // An idle connection dropped by the server must not crash the process; the pool replaces it.
    pool.on('error', () => {});
    return {
      db: drizzlePostgres({ client: pool, schema }) as unknown as Db,
      kind: 'postgres',
      target,
      close: () => pool.end(),
    };
  }
  if (target.directory) mkdirSync(path.dirname(target.directory), { recursive: true });
  // 'memory://' rather than undefined: PGlite ignores the options when the folder argument is undefined.
  const client = new PGlite(target.directory ?? 'memory://', { extensions: { btree_gist } });
  return {
    db: drizzlePglite({ client, schema }) as unknown as Db,
    kind: 'pglite',
    target,
    close: () => client.close(),
  };
}

/** Where the app keeps its embedded database inside the data folder. */
export function pgliteDirectory(dataDir: string): string {
  return path.join(dataDir, 'pglite');
}

/** Runs raw SQL and returns its rows, the same on both drivers (both answer with `{ rows }`). */
export async function queryRows<Row>(db: Db, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}
