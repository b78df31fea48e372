import type { AppContext } from '../../app-env';
import { uuidParam } from '../../ui/route-params';
import { findSite, type Site } from './list-sites';

/** The site a `/centre/sites/:id/…` path names, or undefined (then the route answers 404). */
export async function siteOfPath(c: AppContext): Promise<Site | undefined> {
  const id = uuidParam(c, 'id');
  return id ? findSite(c.var.deps.db, id) : undefined;
}
