/** A path on this site to go back to, never another site (`//evil.example`, `https://…`). */
export function localPath(candidate: string | undefined, fallback = '/'): string {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.includes('\\')) return fallback;
  return candidate;
}
