import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

/** The career path: proposals to step up, coordinators' sign-off, and a person's progress page. */
export const promotionRoutes = new Hono<AppEnv>();
