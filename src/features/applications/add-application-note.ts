import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { applicationNotes, applications } from '../workers/schema';

/** Adds an interview note; the first note moves a new application to "interviewing". */
export async function addApplicationNote(
  db: Db,
  authorId: string,
  applicationId: string,
  body: string,
  now = new Date(),
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [application] = await tx.select({ id: applications.id }).from(applications).where(eq(applications.id, applicationId));
    if (!application) return false;
    await tx.insert(applicationNotes).values({ applicationId, authorId, body, createdAt: now });
    await tx
      .update(applications)
      .set({ status: 'interviewing' })
      .where(and(eq(applications.id, applicationId), eq(applications.status, 'new')));
    return true;
  });
}
