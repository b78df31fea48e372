import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A key for check-in tokens derived from the app's data key, so tokens need no stored column and
 * stay valid across restarts, while a token shows nothing of the data key itself.
 */
function tokenKey(appKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', appKey, Buffer.alloc(0), 'machiwork check-in token', 32));
}

function signature(appKey: Buffer, bookingId: string): Buffer {
  return createHmac('sha256', tokenKey(appKey)).update(`check-in:${bookingId}`).digest();
}

/** The booking's check-in token: its id and an HMAC of it, so nobody can make one for another booking. */
export function checkInTokenFor(appKey: Buffer, bookingId: string): string {
  return `${bookingId}.${signature(appKey, bookingId).toString('base64url')}`;
}

/** The booking id a token was made for, or null when it is malformed or its HMAC does not match. */
export function bookingIdFromToken(appKey: Buffer, token: string): string | null {
  const [bookingId = '', mac = '', ...rest] = token.trim().split('.');
  if (rest.length > 0 || !uuidPattern.test(bookingId) || !/^[\w-]{43}$/.test(mac)) return null;
  const given = Buffer.from(mac, 'base64url');
  const expected = signature(appKey, bookingId);
  return given.length === expected.length && timingSafeEqual(given, expected) ? bookingId : null;
}

/** A token from what a reception scanner or a person pastes: the whole check-in URL or the token alone. */
export function tokenFromScan(scanned: string): string {
  const text = scanned.trim();
  const marker = '/centre/check-in/';
  const at = text.lastIndexOf(marker);
  const token = at >= 0 ? text.slice(at + marker.length) : text;
  return token.split(/[?#/]/)[0] ?? '';
}

/** Where the self-service check-in page for this token is, as an absolute URL for the QR code. */
export function checkInUrl(origin: string, token: string): string {
  return `${origin}/centre/check-in/${token}`;
}
