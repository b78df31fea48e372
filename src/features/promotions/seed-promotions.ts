import { inArray } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { rolePromotions } from './schema';

const day = 86400_000;

/**
 * Demo steps up: the demo worker's approved step from trainee to worker some months ago (proposed
 * by the demo leader, signed off by the coordinator), and an open proposal for the demo trainee
 * to become a worker, from the demo leader, waiting for the coordinator.
 */
export async function seedDemoPromotions(db: Db, now = new Date()): Promise<void> {
  const people = await db.select({ id: users.id, loginId: users.loginId }).from(users).where(inArray(users.loginId, ['trainee', 'worker', 'leader', 'coordinator']));
  const id = (loginId: string) => people.find((person) => person.loginId === loginId)?.id;
  const [trainee, worker, leader, coordinator] = [id('trainee'), id('worker'), id('leader'), id('coordinator')];
  if (!trainee || !worker || !leader || !coordinator) return;
  await db.insert(rolePromotions).values([
    {
      userId: worker,
      fromRole: 'trainee',
      toRole: 'worker',
      reason: 'データ入力の実践を修了し、名簿入力の練習では3か月続けて差し戻しがありませんでした。締切の前に相談してくれるので、安心して仕事をお願いできます。',
      proposedBy: leader,
      proposedAt: new Date(now.getTime() - 150 * day),
      decision: 'approved',
      decidedBy: coordinator,
      decidedAt: new Date(now.getTime() - 147 * day),
      decisionNote: 'おめでとうございます。これからはワーカーとして、よろしくお願いします。',
    },
    {
      userId: trainee,
      fromRole: 'trainee',
      toRole: 'worker',
      reason: 'パソコンの基本を修了し、練習の入力もていねいです。分からないことを自分から聞けるようになりました。データ入力の仕事を任せられると思います。',
      proposedBy: leader,
      proposedAt: new Date(now.getTime() - 2 * day),
    },
  ]);
}
