import { eq } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { isOnPath, type PathRole } from './career-path';

/** A person on the career path (trainee to director), or undefined for anyone else: their progress does not exist. */
export async function findPathPerson(db: Db, userId: string): Promise<{ id: string; displayName: string; role: PathRole } | undefined> {
  const [person] = await db.select({ id: users.id, displayName: users.displayName, role: users.role }).from(users).where(eq(users.id, userId));
  if (!person || !isOnPath(person.role)) return undefined;
  return { ...person, role: person.role };
}
