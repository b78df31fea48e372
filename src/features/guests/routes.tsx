import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

export const guestRoutes = new Hono<AppEnv>();
