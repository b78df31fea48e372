import { rm } from 'node:fs/promises';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { uploadPath } from '../../files/store-files';
import { courseMaterials } from './schema';

/** Removes a material, and a file's bytes after the record is gone; gives its course's id (undefined when there was none). */
export async function removeMaterial(db: Db, input: { materialId: string; dataDir: string }): Promise<string | undefined> {
  const [removed] = await db
    .delete(courseMaterials)
    .where(eq(courseMaterials.id, input.materialId))
    .returning({ id: courseMaterials.id, kind: courseMaterials.kind, courseId: courseMaterials.courseId });
  if (removed?.kind === 'file') await rm(uploadPath(input.dataDir, removed.id), { force: true });
  return removed?.courseId;
}

