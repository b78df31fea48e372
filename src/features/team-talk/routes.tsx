import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

/** Team threads per order (text, attachments, mentions) and direct messages. */
export const teamTalkRoutes = new Hono<AppEnv>();
