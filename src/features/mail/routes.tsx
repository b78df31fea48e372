import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

export const mailRoutes = new Hono<AppEnv>();
