import type { AppContext } from '../app-env';
import type { MessageKey } from '../ui/i18n';
import { checkUpload, type CheckedUpload } from './check-upload';
import { maxFilesPerUpload } from './limits';

/**
 * The files sent in one multipart field, each checked (`checkUpload`): all of them, or the
 * message key of the first problem. An empty file input (nothing chosen) gives no files.
 */
export async function readUploads(c: AppContext, field: string): Promise<{ ok: true; files: CheckedUpload[] } | { ok: false; error: MessageKey }> {
  const body = await c.req.parseBody({ all: true });
  const sent = body[field];
  const files = (Array.isArray(sent) ? sent : [sent]).filter((item): item is File => item instanceof File && (item.size > 0 || item.name !== ''));
  if (files.length > maxFilesPerUpload) return { ok: false, error: 'file.error.tooMany' };
  const checked: CheckedUpload[] = [];
  for (const file of files) {
    const result = await checkUpload(file);
    if (!result.ok) return result;
    checked.push(result.file);
  }
  return { ok: true, files: checked };
}
