/** True when the error, however the driver or Drizzle wrapped it, carries this SQLSTATE. */
function hasSqlState(error: unknown, code: string): boolean {
  const seen = new Set<unknown>();
  for (let current = error; current && typeof current === 'object' && !seen.has(current); current = (current as { cause?: unknown }).cause) {
    seen.add(current);
    if ((current as { code?: unknown }).code === code) return true;
  }
  return false;
}

/**
 * True when a unique index refused the write (PostgreSQL error 23505), however the driver or
 * Drizzle wrapped it: the database deciding a race, as the feature's domain function expects.
 */
export function isUniqueViolation(error: unknown): boolean {
  return hasSqlState(error, '23505');
}

/** True when an EXCLUDE constraint refused the write (23P01): an overlapping booking of an exclusive space won. */
export function isExclusionViolation(error: unknown): boolean {
  return hasSqlState(error, '23P01');
}
