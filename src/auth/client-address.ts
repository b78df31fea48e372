import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppContext } from '../app-env';

/** The address of the connecting client, for counting failed attempts; 'unknown' outside a real server. */
export function clientAddress(c: AppContext): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
