import type { MessageKey } from '../ui/i18n';
import { allowedFileTypes, maxFileBytes } from './limits';

export type CheckedUpload = { name: string; extension: string; contentType: string; bytes: Uint8Array };

/**
 * Checks one uploaded file against the size and type limits: the message key of what is wrong,
 * or the file with its name cleaned and its type decided from the extension.
 */
export async function checkUpload(file: File): Promise<{ ok: true; file: CheckedUpload } | { ok: false; error: MessageKey }> {
  if (file.size > maxFileBytes) return { ok: false, error: 'file.error.tooLarge' };
  // Keep the last path segment only, without control characters; browsers may send a full path.
  const name = (file.name.split(/[\\/]/).at(-1) ?? '').replace(/\p{Cc}/gu, '').normalize('NFC').slice(0, 200);
  const extension = name.includes('.') ? name.split('.').at(-1)!.toLowerCase() : '';
  const type = Object.hasOwn(allowedFileTypes, extension) ? allowedFileTypes[extension] : undefined;
  if (!name || !type) return { ok: false, error: 'file.error.type' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length === 0) return { ok: false, error: 'file.error.empty' };
  if (type.signature && !type.signature.every((byte, index) => bytes[index] === byte)) return { ok: false, error: 'file.error.type' };
  return { ok: true, file: { name, extension, contentType: type.contentType, bytes } };
}
