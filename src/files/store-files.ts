import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../db/client';
import type { CheckedUpload } from './check-upload';
import { storedFiles } from './schema';

/** Where uploaded files live: inside the data folder, named by their id only. */
export function uploadPath(dataDir: string, fileId: string): string {
  return path.join(dataDir, 'uploads', fileId.slice(0, 2), fileId);
}

/** Writes an upload's bytes under its id; never over an existing file. */
export async function writeUpload(dataDir: string, fileId: string, bytes: Uint8Array): Promise<void> {
  const target = uploadPath(dataDir, fileId);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, bytes, { flag: 'wx' });
}

export type FileOwner = {
  orderId: string;
  packageId?: string | null;
  taskId?: string | null;
  submissionId?: string | null;
  purpose: 'instructions' | 'deliverable';
};

/**
 * Saves checked uploads: records each, then writes its bytes. Call it inside the transaction that
 * creates their owner. If a write fails, the files written so far are removed; a file left behind
 * by a later rollback has no record, so it is never served.
 */
export async function storeFiles(db: Db, dataDir: string, uploadedBy: string, owner: FileOwner, files: CheckedUpload[]): Promise<string[]> {
  const ids: string[] = [];
  try {
    for (const file of files) {
      const [row] = await db
        .insert(storedFiles)
        .values({
          ...owner,
          originalName: file.name,
          contentType: file.contentType,
          sizeBytes: file.bytes.length,
          sha256: createHash('sha256').update(file.bytes).digest('hex'),
          uploadedBy,
        })
        .returning({ id: storedFiles.id });
      await writeUpload(dataDir, row!.id, file.bytes);
      ids.push(row!.id);
    }
    return ids;
  } catch (error) {
    await Promise.all(ids.map((id) => rm(uploadPath(dataDir, id), { force: true })));
    throw error;
  }
}
