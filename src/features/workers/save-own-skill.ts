import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { workerSkills } from './schema';
import type { SkillCode } from './vocabulary';

/**
 * A worker adds or changes a self-assessed skill. A skill already confirmed by training or by
 * staff is not theirs to change: then nothing is saved and `false` comes back.
 */
export async function saveOwnSkill(db: Db, change: { workerId: string; skill: SkillCode; level: number }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const saved = await tx
      .insert(workerSkills)
      .values({ userId: change.workerId, skill: change.skill, level: change.level, source: 'self' })
      .onConflictDoUpdate({
        target: [workerSkills.userId, workerSkills.skill],
        set: { level: change.level, updatedAt: sql`now()` },
        setWhere: eq(workerSkills.source, 'self'),
      })
      .returning({ skill: workerSkills.skill });
    if (saved.length === 0) return false;
    await recordAudit(tx, { actorId: change.workerId, action: 'worker.skill.update', subjectUserId: change.workerId, detail: { skill: change.skill } });
    return true;
  });
}
