import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../app-env';
import { isAtCentre } from '../auth/at-centre';
import { allow } from '../auth/middleware';
import { renderErrorPage } from '../ui/error-pages';
import { mayDownloadFile } from './may-download-file';
import { storedFiles } from './schema';
import { sendUpload } from './send-upload';

export const fileRoutes = new Hono<AppEnv>();

/**
 * Downloads a stored file for whoever `mayDownloadFile` lets through; to anyone else it does
 * not exist (404, never 403, so an id reveals nothing).
 */
fileRoutes.get('/files/:fileId', allow('signedIn'), async (c) => {
  const id = z.uuid().safeParse(c.req.param('fileId'));
  const db = c.var.deps.db;
  const [file] = id.success ? await db.select().from(storedFiles).where(eq(storedFiles.id, id.data)) : [];
  if (!file || !(await mayDownloadFile(db, c.var.user!, file, isAtCentre(c)))) return renderErrorPage(c, 'notFound');
  return sendUpload(c, file);
});
