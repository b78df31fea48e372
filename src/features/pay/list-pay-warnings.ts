import { and, eq, inArray, lte } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { addDays, type BusinessDate } from '../availability/calendar';
import type { MoneySettings } from '../money-settings/load-money-settings';
import { workerProfiles } from '../workers/schema';
import { workerNameColumns, workerNameOf } from './draft-pay-month';
import { listPayStatements, type PayStatementRow } from './list-pay-statements';
import { listPendingPayLines } from './list-pending-pay-lines';
import { payStatements } from './schema';

export type UnclosedWorkWarning = { workerId: string; workerName: string; count: number; yen: number; legalDueOn: BusinessDate };

/**
 * What might be paid late, so staff can act first: closed statements not yet paid whose legal
 * limit is within `payWarningDays` or already past, and accepted work not yet on any statement
 * whose limit is that near (per worker, the earliest limit), earliest first.
 */
export async function listPayWarnings(db: Db, settings: MoneySettings, today: BusinessDate) {
  const horizon = addDays(today, settings.payWarningDays);
  const statements: PayStatementRow[] = (
    await listPayStatements(db, { where: and(eq(payStatements.status, 'closed'), lte(payStatements.legalDueOn, horizon)) })
  ).sort((a, b) => a.legalDueOn.localeCompare(b.legalDueOn));
  const byWorker = new Map<string, UnclosedWorkWarning>();
  for (const line of await listPendingPayLines(db, { until: today, withholdingCategories: settings.withholdingCategories })) {
    if (line.legalDueOn > horizon) continue;
    const warning = byWorker.get(line.workerId) ?? { workerId: line.workerId, workerName: '', count: 0, yen: 0, legalDueOn: line.legalDueOn };
    warning.count += 1;
    warning.yen += line.yen;
    if (line.legalDueOn < warning.legalDueOn) warning.legalDueOn = line.legalDueOn;
    byWorker.set(line.workerId, warning);
  }
  if (byWorker.size > 0) {
    const people = await db
      .select({ id: users.id, ...workerNameColumns })
      .from(users)
      .leftJoin(workerProfiles, eq(workerProfiles.userId, users.id))
      .where(inArray(users.id, [...byWorker.keys()]));
    for (const person of people) byWorker.get(person.id)!.workerName = workerNameOf(person);
  }
  const unclosed = [...byWorker.values()].sort((a, b) => a.legalDueOn.localeCompare(b.legalDueOn));
  return { statements, unclosed };
}
