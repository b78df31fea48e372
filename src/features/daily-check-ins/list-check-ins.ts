import { and, desc, eq, gte, lte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { addDays, todayInJapan, type BusinessDate } from '../availability/calendar';
import { dailyCheckIns } from './schema';

export type CheckIn = { checkedInOn: BusinessDate; condition: number; note: string | null };

/** How many days back a person's own page, their coordinator and their supporter see: today and the 13 before. */
export const recentDays = 14;

/** A person's check-ins over the last `days` days (today included), newest first. */
export async function listCheckIns(db: Db, userId: string, days = recentDays, now = new Date()): Promise<CheckIn[]> {
  const today = todayInJapan(now);
  return db
    .select({ checkedInOn: dailyCheckIns.checkedInOn, condition: dailyCheckIns.condition, note: dailyCheckIns.note })
    .from(dailyCheckIns)
    .where(and(eq(dailyCheckIns.userId, userId), gte(dailyCheckIns.checkedInOn, addDays(today, 1 - days)), lte(dailyCheckIns.checkedInOn, today)))
    .orderBy(desc(dailyCheckIns.checkedInOn));
}
