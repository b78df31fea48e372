import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

/** Working now: teammates on the same order shown, by their choice, and a hello. */
export const presenceRoutes = new Hono<AppEnv>();
