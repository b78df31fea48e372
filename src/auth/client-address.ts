import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppContext } from '../app-env';

/**
 * The address of the client, for counting failed attempts; 'unknown' outside a real server.
 * Behind a trusted proxy it is the entry the proxy appended to X-Forwarded-For (the last one:
 * earlier entries come from the client and can be forged).
 */
export function clientAddress(c: AppContext): string {
  if (c.var.deps.config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
