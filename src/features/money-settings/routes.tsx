import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

export const moneySettingsRoutes = new Hono<AppEnv>();
