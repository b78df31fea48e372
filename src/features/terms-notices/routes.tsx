import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

export const termsNoticeRoutes = new Hono<AppEnv>();
