import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

export const centreFeeRoutes = new Hono<AppEnv>();
