import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

export const portalRoutes = new Hono<AppEnv>();
