import { eq, inArray } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { orders } from '../orders/schema';
import { threadPosts } from './schema';

const hour = 3600_000;

/**
 * Demo team talk: a few friendly posts on the business-card order's board, whose team is the
 * demo leader, worker and trainee. Nobody is told and nobody shows as working, so the demo starts
 * quiet.
 */
export async function seedDemoTeamTalk(db: Db, now = new Date()): Promise<void> {
  const [order] = await db.select({ id: orders.id }).from(orders).where(eq(orders.title, '名刺データ入力（2,000枚）'));
  const people = await db.select({ id: users.id, loginId: users.loginId }).from(users).where(inArray(users.loginId, ['leader', 'worker', 'trainee']));
  const id = (loginId: string) => people.find((person) => person.loginId === loginId)?.id;
  const [leader, worker, trainee] = [id('leader'), id('worker'), id('trainee')];
  if (!order || !leader || !worker || !trainee) return;
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * hour);
  await db.insert(threadPosts).values([
    { orderId: order.id, authorId: leader, postedAt: at(50), body: 'みなさん、名刺の入力をよろしくお願いします。読めない字は「？」にして、提出のメモに書いてください。分からないことは、ここでいつでも聞いてくださいね。' },
    { orderId: order.id, authorId: trainee, postedAt: at(49), body: 'よろしくお願いします。部署名がとても長いときは、そのまま全部入力してよいですか？' },
    { orderId: order.id, authorId: worker, postedAt: at(48), body: 'わたしは全部入力しています。略さないほうが、あとで確認しやすいそうです。' },
    { orderId: order.id, authorId: leader, postedAt: at(47), body: 'そのとおりです。ありがとうございます。今週もこの調子でいきましょう。' },
  ]);
}
