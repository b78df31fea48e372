import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

export const notificationRoutes = new Hono<AppEnv>();
