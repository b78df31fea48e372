/**
 * True when a unique index refused the write (PostgreSQL error 23505), however the driver or
 * Drizzle wrapped it: the database deciding a race, as the feature's domain function expects.
 */
export function isUniqueViolation(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let current = error; current && typeof current === 'object' && !seen.has(current); current = (current as { cause?: unknown }).cause) {
    seen.add(current);
    if ((current as { code?: unknown }).code === '23505') return true;
  }
  return false;
}
