import { createHash, randomBytes, randomInt } from 'node:crypto';

export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

// No 0/O, 1/I/L, 2/Z, 5/S, 8/B: a code read off paper by an elderly person must not be misread.
const codeAlphabet = 'ACDEFGHJKMNPQRTUVWXY34679';

/** A one-time code printed on paper, in groups of four: `ACDE-FGHJ-KMNP` (about 56 bits). */
export function generateSetupCode(): string {
  const characters = Array.from({ length: 12 }, () => codeAlphabet[randomInt(codeAlphabet.length)]);
  return [0, 4, 8].map((start) => characters.slice(start, start + 4).join('')).join('-');
}

/** Accepts a code typed with spaces, hyphens, lower case or full-width characters. */
export function normalizeSetupCode(typed: string): string {
  const compact = typed.normalize('NFKC').toUpperCase().replace(/[^A-Z0-9]/g, '');
  return [0, 4, 8].map((start) => compact.slice(start, start + 4)).filter(Boolean).join('-');
}
