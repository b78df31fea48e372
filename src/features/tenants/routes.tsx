import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

export const tenantRoutes = new Hono<AppEnv>();
