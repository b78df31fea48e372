import { and, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { workerSkills } from '../workers/schema';
import type { SkillCode } from '../workers/vocabulary';

/** What passing did to the person's skill. */
export type SkillChange = 'gained' | 'confirmed' | 'raised' | 'kept';

/**
 * Grants a skill passed in training, at the assessment's level. A self-assessed skill is replaced
 * (now confirmed, at this level, even if the person had rated themselves higher); a skill already
 * confirmed by training or staff is raised when lower and never lowered, since a beginner's test
 * says nothing against a higher level shown before. One upsert, so a staff check at the same
 * moment cannot be lost in between.
 */
export async function grantTrainingSkill(db: Db, grant: { userId: string; skill: SkillCode; level: number }): Promise<SkillChange> {
  const [before] = await db
    .select({ source: workerSkills.source, level: workerSkills.level })
    .from(workerSkills)
    .where(and(eq(workerSkills.userId, grant.userId), eq(workerSkills.skill, grant.skill)))
    .for('update');
  const replaces = or(eq(workerSkills.source, 'self'), sql`${workerSkills.level} < excluded.level`);
  const saved = await db
    .insert(workerSkills)
    .values({ userId: grant.userId, skill: grant.skill, level: grant.level, source: 'training' })
    .onConflictDoUpdate({
      target: [workerSkills.userId, workerSkills.skill],
      set: { level: sql`excluded.level`, source: 'training', verifiedBy: null, note: null, updatedAt: sql`now()` },
      setWhere: replaces,
    })
    .returning({ level: workerSkills.level });
  if (saved.length === 0) return 'kept';
  if (!before) return 'gained';
  return before.source === 'self' ? 'confirmed' : 'raised';
}
