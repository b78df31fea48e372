import { and, asc, count, eq, sql, type SQL } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { workerProfiles, workerSkills } from '../workers/schema';
import { availableWithin, dayWindows } from './availability-window';
import { containsPattern, searchKey, searchKeySql } from '../../db/search-key';
import type { DirectoryQuery } from './validation';

export const directoryPageSize = 50;

export type DirectoryFilters = Omit<DirectoryQuery, 'page'>;

/** The conditions the filters make; all of them must hold. */
function conditions(filters: DirectoryFilters): SQL[] {
  const where: SQL[] = [];
  const key = searchKey(filters.q);
  if (key) {
    const pattern = containsPattern(key);
    const name = searchKeySql(sql`${workerProfiles.familyName} || ${workerProfiles.givenName}`);
    const kana = searchKeySql(sql`${workerProfiles.familyNameKana} || ${workerProfiles.givenNameKana}`);
    where.push(sql`(${name} like ${pattern} or ${kana} like ${pattern})`);
  }
  if (filters.status) where.push(eq(workerProfiles.status, filters.status));
  if (filters.skill) {
    where.push(sql`exists (select 1 from ${workerSkills} where ${workerSkills.userId} = ${workerProfiles.userId} and ${workerSkills.skill} = ${filters.skill})`);
  }
  if (filters.location) where.push(sql`${workerProfiles.preferredLocations} @> array[${filters.location}]::text[]`);
  if (filters.availableFrom && filters.availableTo) {
    where.push(availableWithin(workerProfiles.userId, workerProfiles.worksOnHolidays, dayWindows(filters.availableFrom, filters.availableTo)));
  }
  return where;
}

export type DirectoryRow = {
  userId: string;
  loginId: string;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  status: (typeof workerProfiles.$inferSelect)['status'];
  preferredLocations: string[];
  hoursPerWeek: number | null;
  skills: string[];
};

/**
 * Workers matching every filter, in kana order: one page of them (`page` from 1), or all of them
 * when `page` is undefined (for the CSV). No contact, sensitive or bank data is selected.
 */
export async function searchWorkers(db: Db, filters: DirectoryFilters, page?: number): Promise<{ rows: DirectoryRow[]; total: number }> {
  const where = and(...conditions(filters));
  const query = db
    .select({
      userId: workerProfiles.userId,
      loginId: users.loginId,
      familyName: workerProfiles.familyName,
      givenName: workerProfiles.givenName,
      familyNameKana: workerProfiles.familyNameKana,
      givenNameKana: workerProfiles.givenNameKana,
      status: workerProfiles.status,
      preferredLocations: workerProfiles.preferredLocations,
      hoursPerWeek: workerProfiles.hoursPerWeek,
      skills: sql<string[]>`coalesce((select array_agg(${workerSkills.skill} order by ${workerSkills.skill}) from ${workerSkills} where ${workerSkills.userId} = ${workerProfiles.userId}), '{}'::text[])`,
    })
    .from(workerProfiles)
    .innerJoin(users, eq(users.id, workerProfiles.userId))
    .where(where)
    .orderBy(asc(workerProfiles.familyNameKana), asc(workerProfiles.givenNameKana), asc(workerProfiles.userId));
  if (page === undefined) {
    const rows = await query;
    return { rows, total: rows.length };
  }
  const [rows, [counted]] = await Promise.all([
    query.limit(directoryPageSize).offset((page - 1) * directoryPageSize),
    db.select({ total: count() }).from(workerProfiles).where(where),
  ]);
  return { rows, total: counted?.total ?? 0 };
}
