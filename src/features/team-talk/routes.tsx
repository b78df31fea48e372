import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

/** Team pages: each order's thread (text, attachments, mentions) and who is working on it now. */
export const teamTalkRoutes = new Hono<AppEnv>();
