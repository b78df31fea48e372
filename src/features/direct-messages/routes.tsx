import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

/** Direct messages between a worker and their coordinator or leader. */
export const directMessageRoutes = new Hono<AppEnv>();
