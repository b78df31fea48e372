import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

export const orderRoutes = new Hono<AppEnv>();
