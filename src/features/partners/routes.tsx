import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

/** Partner towns (連携先) and the work we sub-contract to them (再委託). */
export const partnerRoutes = new Hono<AppEnv>();
