import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

export const bookingRoutes = new Hono<AppEnv>();
