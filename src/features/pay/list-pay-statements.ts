import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { workerProfiles } from '../workers/schema';
import { workerNameColumns, workerNameOf } from './draft-pay-month';
import { payStatements } from './schema';

export type PayStatementRow = Awaited<ReturnType<typeof listPayStatements>>[number];

/** Statements with the worker's name, newest month first and by name within a month: one month's, one worker's, or those matching `where`. */
export async function listPayStatements(db: Db, filter: { month?: string; workerId?: string; where?: SQL }) {
  const rows = await db
    .select({ statement: payStatements, ...workerNameColumns })
    .from(payStatements)
    .innerJoin(users, eq(users.id, payStatements.workerId))
    .leftJoin(workerProfiles, eq(workerProfiles.userId, payStatements.workerId))
    .where(
      and(
        filter.month ? eq(payStatements.month, filter.month) : undefined,
        filter.workerId ? eq(payStatements.workerId, filter.workerId) : undefined,
        filter.where,
      ),
    )
    .orderBy(desc(payStatements.month), asc(payStatements.number));
  return rows
    .map(({ statement, ...name }) => ({ ...statement, workerName: workerNameOf(name) }))
    .sort((a, b) => b.month.localeCompare(a.month) || a.workerName.localeCompare(b.workerName, 'ja'));
}
