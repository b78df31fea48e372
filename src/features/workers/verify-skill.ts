import { sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { workerSkills } from './schema';
import type { SkillCode } from './vocabulary';

/** Staff confirm a worker's skill at a level, with a note on how they know; it becomes source `staff`. */
export async function verifySkill(db: Db, change: { actorId: string; workerId: string; skill: SkillCode; level: number; note: string }) {
  await db.transaction(async (tx) => {
    const values = { level: change.level, source: 'staff' as const, verifiedBy: change.actorId, note: change.note };
    await tx
      .insert(workerSkills)
      .values({ userId: change.workerId, skill: change.skill, ...values })
      .onConflictDoUpdate({ target: [workerSkills.userId, workerSkills.skill], set: { ...values, updatedAt: sql`now()` } });
    await recordAudit(tx, { actorId: change.actorId, action: 'worker.skill.verify', subjectUserId: change.workerId, detail: { skill: change.skill, level: change.level } });
  });
}
