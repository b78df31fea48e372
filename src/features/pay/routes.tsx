import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

export const payRoutes = new Hono<AppEnv>();
