import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

export const breakdownRoutes = new Hono<AppEnv>();
