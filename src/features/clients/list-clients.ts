import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { containsPattern, searchKey, searchKeySql } from '../../db/search-key';
import { clients, salesActivities, type ClientStatus } from './schema';

/**
 * Clients matching a name or kana search and a status, by name, each with its next step still
 * to come (the earliest next-step date on or after `today` in its sales log).
 */
export async function listClients(db: Db, filter: { query?: string; status?: ClientStatus }, today: string) {
  const conditions: SQL[] = [];
  const key = searchKey(filter.query ?? '');
  if (key) {
    const pattern = containsPattern(key);
    conditions.push(sql`(${searchKeySql(sql`${clients.name}`)} like ${pattern} or ${searchKeySql(sql`coalesce(${clients.nameKana}, '')`)} like ${pattern})`);
  }
  if (filter.status) conditions.push(eq(clients.status, filter.status));
  // Written out in full: a select without joins names its columns without their table, which
  // inside this subquery would mean the sales log's own columns.
  const nextStepOn = sql<string | null>`(select min(log.next_step_on) from ${salesActivities} log
    where log.client_id = "clients"."id" and log.next_step_on >= ${today})`;
  return db
    .select({
      id: clients.id,
      name: clients.name,
      nameKana: clients.nameKana,
      status: clients.status,
      isMunicipality: clients.isMunicipality,
      nextStepOn,
    })
    .from(clients)
    .where(and(...conditions))
    .orderBy(asc(clients.nameKana), asc(clients.name));
}

export type ClientListRow = Awaited<ReturnType<typeof listClients>>[number];
