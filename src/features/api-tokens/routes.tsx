import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

/** API tokens for clients and partner towns: issue, list, revoke. */
export const apiTokenRoutes = new Hono<AppEnv>();
