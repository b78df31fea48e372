import { and, asc, eq, getTableColumns } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { submissions } from '../tasks/schema';
import { workerProfiles } from '../workers/schema';
import { workerNameColumns, workerNameOf } from './draft-pay-month';
import { payAdjustments, payStatementLines, payStatements } from './schema';

export type PayStatementDetails = NonNullable<Awaited<ReturnType<typeof findPayStatement>>>;

/**
 * A statement with its lines and the adjustments it paid; with `workerId`, only when it is that
 * worker's (anyone else's is "not found", never "forbidden").
 */
export async function findPayStatement(db: Db, id: string, options: { workerId?: string } = {}) {
  const [row] = await db
    .select({ statement: payStatements, ...workerNameColumns })
    .from(payStatements)
    .innerJoin(users, eq(users.id, payStatements.workerId))
    .leftJoin(workerProfiles, eq(workerProfiles.userId, payStatements.workerId))
    .where(and(eq(payStatements.id, id), options.workerId ? eq(payStatements.workerId, options.workerId) : undefined));
  if (!row) return null;
  const lines = await db
    // The statement says which lines were paid at the OJT training rate (the rate itself is the line's).
    .select({ ...getTableColumns(payStatementLines), trainingRatePercent: submissions.trainingRatePercent })
    .from(payStatementLines)
    .innerJoin(submissions, eq(submissions.id, payStatementLines.submissionId))
    .where(eq(payStatementLines.statementId, id))
    .orderBy(asc(payStatementLines.inspectedOn), asc(payStatementLines.description));
  const adjustments = await db
    .select({ id: payAdjustments.id, month: payAdjustments.month, amountYen: payAdjustments.amountYen, reason: payAdjustments.reason, withholds: payAdjustments.withholds })
    .from(payAdjustments)
    .where(eq(payAdjustments.statementId, id))
    .orderBy(asc(payAdjustments.month), asc(payAdjustments.createdAt));
  return { statement: row.statement, workerName: workerNameOf(row), lines, adjustments };
}
