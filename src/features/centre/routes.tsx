import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

export const centreRoutes = new Hono<AppEnv>();
