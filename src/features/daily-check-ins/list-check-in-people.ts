import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { todayInJapan, type BusinessDate } from '../availability/calendar';
import { contactByText } from '../workers/prefers-text';
import { workerProfiles } from '../workers/schema';
import { needACallReasons, needACallRule, type NeedACallReason } from './need-a-call';
import { checkInSettings, dailyCheckIns } from './schema';

export type CheckInPerson = {
  id: string;
  displayName: string;
  lastOn: BusinessDate | null;
  reasons: NeedACallReason[];
  /** They asked to be contacted in writing only (合理的配慮): no phone number is offered. */
  byText: boolean;
  phone: string | null;
};

/** The roles whose check-ins coordinators look after. */
export const checkInRoles = ['leader', 'worker', 'trainee'] as const;

/**
 * Everyone with check-ins turned on (active accounts), with their last check-in, why they may
 * need a call (see need-a-call.ts) and a phone number unless they asked for text only.
 * `onlyId` narrows it to one person (then empty when they are not such a person).
 */
export async function listCheckInPeople(db: Db, options: { onlyId?: string } = {}, now = new Date()): Promise<CheckInPerson[]> {
  const today = todayInJapan(now);
  const rule = needACallRule;
  const lastOn = sql<string | null>`(select max(${dailyCheckIns.checkedInOn}) from ${dailyCheckIns}
    where ${dailyCheckIns.userId} = ${users.id} and ${dailyCheckIns.checkedInOn} <= ${today}::date)`;
  const rows = await db
    .select({
      id: users.id,
      displayName: users.displayName,
      lastOn: sql<string | null>`${lastOn}::text`,
      checkInsBeforeLast: sql<number>`(select count(*) from ${dailyCheckIns}
        where ${dailyCheckIns.userId} = ${users.id}
          and ${dailyCheckIns.checkedInOn} < ${lastOn}
          and ${dailyCheckIns.checkedInOn} >= ${lastOn} - ${rule.usualWindow}::int)::int`,
      lowRecent: sql<number>`(select count(*) from (
          select ${dailyCheckIns.condition} as condition from ${dailyCheckIns}
          where ${dailyCheckIns.userId} = ${users.id}
            and ${dailyCheckIns.checkedInOn} <= ${today}::date
            and ${dailyCheckIns.checkedInOn} > ${today}::date - ${rule.recentWindow}::int
          order by ${dailyCheckIns.checkedInOn} desc limit ${rule.lowOf}::int
        ) recent where recent.condition <= ${rule.lowCondition}::int)::int`,
      phone: workerProfiles.phone,
      accommodations: workerProfiles.accommodations,
    })
    .from(checkInSettings)
    .innerJoin(users, eq(users.id, checkInSettings.userId))
    .leftJoin(workerProfiles, eq(workerProfiles.userId, users.id))
    .where(and(eq(checkInSettings.enabled, true), isNull(users.disabledAt), inArray(users.role, [...checkInRoles]), options.onlyId ? eq(users.id, options.onlyId) : undefined))
    .orderBy(asc(users.displayName));
  return rows.map((row) => {
    const byText = contactByText(row.accommodations ? { accommodations: row.accommodations } : null);
    return { id: row.id, displayName: row.displayName, lastOn: row.lastOn, reasons: needACallReasons(row, today), byText, phone: byText ? null : row.phone };
  });
}
