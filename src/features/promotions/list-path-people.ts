import { and, asc, count, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { submissions } from '../tasks/schema';
import { courseCompletions } from '../training/schema';
import { careerPath, type PathRole } from './career-path';
import { rolePromotions } from './schema';

/**
 * Everyone on the career path, trainees first, for proposers looking for whom to propose:
 * courses completed, reviewed and returned hand-ins (counted as on the progress page) and
 * whether a proposal is waiting.
 */
export async function listPathPeople(db: Db) {
  const [people, completed, reviews, open] = await Promise.all([
    db
      .select({ id: users.id, displayName: users.displayName, role: users.role })
      .from(users)
      .where(and(inArray(users.role, [...careerPath]), isNull(users.disabledAt)))
      .orderBy(asc(users.displayName)),
    db.select({ userId: courseCompletions.userId, done: count() }).from(courseCompletions).groupBy(courseCompletions.userId),
    db
      .select({ userId: submissions.workerId, reviewed: count(), returned: sql<number>`(count(*) filter (where ${submissions.decision} = 'returned'))::int` })
      .from(submissions)
      .where(and(eq(submissions.needsReview, true), isNotNull(submissions.decision)))
      .groupBy(submissions.workerId),
    db.select({ userId: rolePromotions.userId }).from(rolePromotions).where(isNull(rolePromotions.decision)),
  ]);
  const doneBy = new Map(completed.map((row) => [row.userId, row.done]));
  const reviewBy = new Map(reviews.map((row) => [row.userId, row]));
  const waiting = new Set(open.map((row) => row.userId));
  return people
    .map((person) => ({
      ...person,
      role: person.role as PathRole,
      coursesDone: doneBy.get(person.id) ?? 0,
      reviewed: reviewBy.get(person.id)?.reviewed ?? 0,
      returned: reviewBy.get(person.id)?.returned ?? 0,
      openProposal: waiting.has(person.id),
    }))
    .sort((a, b) => careerPath.indexOf(a.role) - careerPath.indexOf(b.role));
}
