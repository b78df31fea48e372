import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { courseMaterials } from './schema';

/** A course's materials in their order. */
export function listMaterials(db: Db, courseId: string) {
  return db.select().from(courseMaterials).where(eq(courseMaterials.courseId, courseId)).orderBy(courseMaterials.sortOrder, courseMaterials.addedAt);
}
