import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

export const transferRoutes = new Hono<AppEnv>();
