import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

export const invoiceRoutes = new Hono<AppEnv>();
