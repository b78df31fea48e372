import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

export const reviewRoutes = new Hono<AppEnv>();
