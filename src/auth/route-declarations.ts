import type { Hono } from 'hono';
import { declaredPermission } from './middleware';
import type { Permission } from './policy';

export type DeclaredRoute = { method: string; path: string; permission: Permission | undefined };

/**
 * Every route the app answers, with the permission its `allow()` declares (undefined when it
 * declares none). Middleware registered for all methods is not a route.
 */
export function listRoutes(app: Pick<Hono, 'routes'>): DeclaredRoute[] {
  const routes = new Map<string, DeclaredRoute>();
  for (const { method, path, handler } of app.routes) {
    if (method === 'ALL') continue;
    const key = `${method} ${path}`;
    const route = routes.get(key) ?? { method, path, permission: undefined };
    const permission = (handler as { [declaredPermission]?: Permission })[declaredPermission];
    if (permission) route.permission = permission;
    routes.set(key, route);
  }
  return [...routes.values()];
}
