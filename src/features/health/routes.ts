import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';

export const healthRoutes = new Hono<AppEnv>();

/** For load balancers and monitors: 200 when the database answers, 503 when it does not. */
healthRoutes.get('/healthz', allow('public'), async (c) => {
  try {
    await c.var.deps.db.execute(sql`select 1`);
    return c.json({ status: 'ok', database: 'ok' });
  } catch (error) {
    c.var.deps.logger.warn({ requestId: c.var.requestId, err: error }, 'health check: database unavailable');
    return c.json({ status: 'unavailable', database: 'unreachable' }, 503);
  }
});
