import { inArray } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { addDays, todayInJapan } from '../availability/calendar';
import { checkInSettings, dailyCheckIns } from './schema';

/**
 * Demo check-ins, dated from today: the demo worker checks in and did on each of the last 7 days;
 * the demo trainee checked in on most days before, but not in the last 4 days, so the coordinator's
 * "may need a call" list shows them (contact in writing: they asked for text only).
 */
export async function seedDemoDailyCheckIns(db: Db, now = new Date()): Promise<void> {
  const people = await db.select({ id: users.id, loginId: users.loginId }).from(users).where(inArray(users.loginId, ['worker', 'trainee']));
  const worker = people.find((person) => person.loginId === 'worker')?.id;
  const trainee = people.find((person) => person.loginId === 'trainee')?.id;
  if (!worker || !trainee) return;
  const today = todayInJapan(now);
  await db.insert(checkInSettings).values([
    { userId: worker, enabled: true, changedAt: now },
    { userId: trainee, enabled: true, changedAt: now },
  ]);
  const workerWeek: [number, number, string | null][] = [
    [7, 4, null],
    [6, 3, '少し肩がこりました。'],
    [5, 4, null],
    [4, 5, '散歩をしてから始めたら、よく集中できました。'],
    [3, 3, null],
    [2, 2, 'よく眠れませんでした。早めに休みます。'],
    [1, 4, '昨日休んだので、今日は元気です。'],
  ];
  const traineeDays: [number, number][] = [
    [18, 3],
    [17, 4],
    [15, 3],
    [14, 4],
    [12, 3],
    [11, 3],
    [10, 4],
    [8, 3],
    [7, 3],
    [5, 3],
    [4, 2],
  ];
  await db.insert(dailyCheckIns).values([
    ...workerWeek.map(([back, condition, note]) => ({ userId: worker, checkedInOn: addDays(today, -back), condition, note })),
    ...traineeDays.map(([back, condition]) => ({ userId: trainee, checkedInOn: addDays(today, -back), condition })),
  ]);
}
