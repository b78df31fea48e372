import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

/** お知らせ: staff and leaders tell everyone, a role, a site or a team; read status. */
export const announcementRoutes = new Hono<AppEnv>();
