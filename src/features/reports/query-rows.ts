import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';

/** The rows of a report query (counts cast to int in SQL, so both PGlite and PostgreSQL give numbers). */
export async function queryRows<Row>(db: Db, query: SQL): Promise<Row[]> {
  return ((await db.execute(query)) as unknown as { rows: Row[] }).rows;
}
