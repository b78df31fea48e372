import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

export const eventRoutes = new Hono<AppEnv>();
