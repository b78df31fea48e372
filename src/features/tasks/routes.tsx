import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

export const taskRoutes = new Hono<AppEnv>();
