import type { Context } from 'hono';

/** A Content-Disposition filename* value (RFC 5987 also escapes ' ( ) *). */
export const rfc5987 = (name: string) => encodeURIComponent(name).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * A download response: `asciiName` for old clients, `fileName` (Japanese allowed) for the rest;
 * never cached, never sniffed.
 */
export function downloadResponse(c: Context, bytes: Uint8Array<ArrayBuffer>, contentType: string, fileName: string, asciiName: string) {
  return c.body(bytes, 200, {
    'Content-Type': contentType,
    'Content-Length': String(bytes.length),
    'Content-Disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${rfc5987(fileName)}`,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
  });
}
