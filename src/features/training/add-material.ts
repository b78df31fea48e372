import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { CheckedUpload } from '../../files/check-upload';
import { uploadPath, writeUpload } from '../../files/store-files';
import { courseMaterials } from './schema';

export type NewMaterial = { kind: 'link'; title: string; url: string } | { kind: 'file'; title: string; file: CheckedUpload };

/**
 * Adds a material at the end of a course's list. A file's bytes are written inside the
 * transaction that records it, under the data folder like other uploads; if the record is rolled
 * back the bytes are removed, and bytes without a record are never served.
 */
export async function addMaterial(db: Db, input: { courseId: string; material: NewMaterial; staffId: string; dataDir: string }): Promise<string> {
  let written: string | undefined;
  try {
    return await db.transaction(async (tx) => {
      const db = tx as unknown as Db;
      const { material } = input;
      const [row] = await db
        .insert(courseMaterials)
        .values({
          courseId: input.courseId,
          title: material.title,
          kind: material.kind,
          sortOrder: sql`(select coalesce(max(sort_order), -1) + 1 from course_materials where course_id = ${input.courseId})`,
          addedBy: input.staffId,
          ...(material.kind === 'link'
            ? { url: material.url }
            : {
                originalName: material.file.name,
                contentType: material.file.contentType,
                sizeBytes: material.file.bytes.length,
                sha256: createHash('sha256').update(material.file.bytes).digest('hex'),
              }),
        })
        .returning({ id: courseMaterials.id });
      if (material.kind === 'file') {
        await writeUpload(input.dataDir, row!.id, material.file.bytes);
        written = row!.id;
      }
      return row!.id;
    });
  } catch (error) {
    if (written) await rm(uploadPath(input.dataDir, written), { force: true });
    throw error;
  }
}
