import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

/** Daily check-ins a worker chooses to make, and the coordinators' "may need a call" list. */
export const dailyCheckInRoutes = new Hono<AppEnv>();
