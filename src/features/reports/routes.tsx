import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

/** Outcome reports for the town council and the ministry: figures, charts, exports. */
export const reportRoutes = new Hono<AppEnv>();
