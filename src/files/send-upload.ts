import { readFile } from 'node:fs/promises';
import type { AppContext } from '../app-env';
import { rfc5987 } from '../export/download-response';
import { renderErrorPage } from '../ui/error-pages';
import { uploadPath } from './store-files';

/**
 * Sends an uploaded file's bytes (stored under its id) as a download, after the caller has
 * checked who may have it; bytes missing from the data folder are not found (a page, or what
 * `notFound` answers — the API's problem+json).
 */
export async function sendUpload(
  c: AppContext,
  file: { id: string; contentType: string; originalName: string },
  notFound: () => Response | Promise<Response> = () => renderErrorPage(c, 'notFound'),
) {
  let bytes: Buffer;
  try {
    bytes = await readFile(uploadPath(c.var.deps.config.dataDir, file.id));
  } catch {
    return notFound();
  }
  return c.body(new Uint8Array(bytes), 200, {
    'Content-Type': file.contentType,
    'Content-Length': String(bytes.length),
    'Content-Disposition': `attachment; filename*=UTF-8''${rfc5987(file.originalName)}`,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
  });
}
