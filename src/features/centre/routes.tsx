import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext, AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import { doneNotice, uuidParam } from '../../ui/route-params';
import { renderErrorPage } from '../../ui/error-pages';
import { siteOfPath } from './site-of-path';
import { readForm } from '../../ui/form';
import type { FormState } from '../../ui/form-page';
import type { MessageKey } from '../../ui/i18n';
import { addDays, datesBetween, todayInJapan } from '../availability/calendar';
import { addSiteClosure } from './add-site-closure';
import { renderClosuresPage } from './closures-page';
import { listSiteClosures } from './list-site-closures';
import { listSites, type Site } from './list-sites';
import { findSpace, listSpaces } from './list-spaces';
import { loadBookingRules } from './load-booking-rules';
import { moveSpace } from './move-space';
import { removeSiteClosure } from './remove-site-closure';
import { retireSpace } from './retire-space';
import { renderRulesPage, rulesValues } from './rules-page';
import { saveBookingRules } from './save-booking-rules';
import { addSite, updateSite } from './save-site';
import { addSpace, updateSpace } from './save-space';
import { spaceKinds } from './schema';
import { loadSiteCalendar, siteClosedReason } from './site-closed-reason';
import { newSiteValues, renderSiteFormPage, siteValues } from './site-form-page';
import { renderSitePage } from './site-page';
import { renderSitesPage } from './sites-page';
import { renderSpaceFormPage, spaceValues } from './space-form-page';
import { bookingRulesForm, closureForm, moveForm, siteForm, spaceForm } from './validation';

export const centreRoutes = new Hono<AppEnv>();

centreRoutes.get('/centre/sites', allow('centre.manage'), async (c) =>
  renderSitesPage(c, { sites: await listSites(c.var.deps.db), notice: doneNotice(c, { added: 'centre.site.added' }) }),
);

centreRoutes.get('/centre/sites/new', allow('centre.manage'), (c) => renderSiteFormPage(c, { values: newSiteValues }));

centreRoutes.post('/centre/sites/new', allow('centre.manage'), async (c) => {
  const form = await readForm(c, siteForm);
  if (!form.ok) return renderSiteFormPage(c, { values: form.values, errors: form.errors }, 400);
  const siteId = await addSite(c.var.deps.db, form.data);
  return c.redirect(`/centre/sites/${siteId}?done=added`, 303);
});

const siteNotices = {
  added: 'centre.site.added',
  saved: 'centre.site.saved',
  spaceAdded: 'centre.space.added',
  spaceSaved: 'centre.space.saved',
  spaceRetired: 'centre.space.retiredNotice',
} satisfies Record<string, MessageKey>;

centreRoutes.get('/centre/sites/:id', allow('centre.manage'), async (c) => {
  const site = await siteOfPath(c);
  if (!site) return renderErrorPage(c, 'notFound');
  return renderSitePage(c, { site, spaces: await listSpaces(c.var.deps.db, site.id), notice: doneNotice(c, siteNotices) });
});

centreRoutes.get('/centre/sites/:id/edit', allow('centre.manage'), async (c) => {
  const site = await siteOfPath(c);
  if (!site) return renderErrorPage(c, 'notFound');
  return renderSiteFormPage(c, { siteId: site.id, values: siteValues(site) });
});

centreRoutes.post('/centre/sites/:id/edit', allow('centre.manage'), async (c) => {
  const site = await siteOfPath(c);
  if (!site) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, siteForm);
  if (!form.ok) return renderSiteFormPage(c, { siteId: site.id, values: form.values, errors: form.errors }, 400);
  if (!(await updateSite(c.var.deps.db, site.id, form.data))) return renderErrorPage(c, 'notFound');
  return c.redirect(`/centre/sites/${site.id}?done=saved`, 303);
});

centreRoutes.get('/centre/sites/:id/spaces/new', allow('centre.manage'), async (c) => {
  const site = await siteOfPath(c);
  if (!site) return renderErrorPage(c, 'notFound');
  return renderSpaceFormPage(c, { site, values: { kind: 'booth' } });
});

centreRoutes.post('/centre/sites/:id/spaces/new', allow('centre.manage'), async (c) => {
  const site = await siteOfPath(c);
  if (!site) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, spaceForm);
  if (!form.ok) return renderSpaceFormPage(c, { site, values: form.values, errors: form.errors }, 400);
  await addSpace(c.var.deps.db, site.id, form.data);
  return c.redirect(`/centre/sites/${site.id}?done=spaceAdded`, 303);
});

/** The site and the space in use the path names; undefined when either is unknown (or the space is retired). */
async function spaceOfPath(c: AppContext) {
  const site = await siteOfPath(c);
  const spaceId = uuidParam(c, 'spaceId');
  const space = site && spaceId ? await findSpace(c.var.deps.db, site.id, spaceId) : undefined;
  return site && space && !space.retiredAt ? { site, space } : undefined;
}

centreRoutes.get('/centre/sites/:id/spaces/:spaceId/edit', allow('centre.manage'), async (c) => {
  const found = await spaceOfPath(c);
  if (!found) return renderErrorPage(c, 'notFound');
  return renderSpaceFormPage(c, { site: found.site, spaceId: found.space.id, values: spaceValues(found.space) });
});

centreRoutes.post('/centre/sites/:id/spaces/:spaceId/edit', allow('centre.manage'), async (c) => {
  const found = await spaceOfPath(c);
  if (!found) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, spaceForm);
  if (!form.ok) return renderSpaceFormPage(c, { site: found.site, spaceId: found.space.id, values: form.values, errors: form.errors }, 400);
  if (!(await updateSpace(c.var.deps.db, found.site.id, found.space.id, form.data))) return renderErrorPage(c, 'notFound');
  return c.redirect(`/centre/sites/${found.site.id}?done=spaceSaved`, 303);
});

centreRoutes.post('/centre/sites/:id/spaces/:spaceId/move', allow('centre.manage'), async (c) => {
  const site = await siteOfPath(c);
  const spaceId = uuidParam(c, 'spaceId');
  const form = await readForm(c, moveForm);
  if (!site || !spaceId) return renderErrorPage(c, 'notFound');
  // Only the page's own buttons send a direction; a request without one moves nothing.
  if (!form.ok) return c.redirect(`/centre/sites/${site.id}`, 303);
  if (!(await moveSpace(c.var.deps.db, site.id, spaceId, form.data.direction))) return renderErrorPage(c, 'notFound');
  return c.redirect(`/centre/sites/${site.id}`, 303);
});

centreRoutes.post('/centre/sites/:id/spaces/:spaceId/retire', allow('centre.manage'), async (c) => {
  const found = await spaceOfPath(c);
  if (!found) return renderErrorPage(c, 'notFound');
  const { db } = c.var.deps;
  const result = await retireSpace(db, found.site.id, found.space.id);
  if (result.ok) return c.redirect(`/centre/sites/${found.site.id}?done=spaceRetired`, 303);
  if (result.reason === 'notFound') return renderErrorPage(c, 'notFound');
  return renderSitePage(c, { site: found.site, spaces: await listSpaces(db, found.site.id), blockedRetirement: { space: found.space, bookings: result.bookings } }, 409);
});

const kindParam = z.enum(spaceKinds);

centreRoutes.get('/centre/sites/:id/rules/:kind', allow('centre.manage'), async (c) => {
  const site = await siteOfPath(c);
  const kind = kindParam.safeParse(c.req.param('kind'));
  if (!site || !kind.success) return renderErrorPage(c, 'notFound');
  const { saved, ...rules } = await loadBookingRules(c.var.deps.db, site.id, kind.data);
  return renderRulesPage(c, { site, kind: kind.data, saved, values: rulesValues(rules), notice: doneNotice(c, { saved: 'centre.rules.savedNotice' }) });
});

centreRoutes.post('/centre/sites/:id/rules/:kind', allow('centre.manage'), async (c) => {
  const site = await siteOfPath(c);
  const kind = kindParam.safeParse(c.req.param('kind'));
  if (!site || !kind.success) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, bookingRulesForm);
  if (!form.ok) {
    const { saved } = await loadBookingRules(c.var.deps.db, site.id, kind.data);
    return renderRulesPage(c, { site, kind: kind.data, saved, values: form.values, errors: form.errors }, 400);
  }
  await saveBookingRules(c.var.deps.db, site.id, kind.data, form.data);
  return c.redirect(`/centre/sites/${site.id}/rules/${kind.data}?done=saved`, 303);
});

/** How far ahead the closures page shows the closed days: about three months. */
const calendarDays = 92;

async function showClosures(c: AppContext, site: Site, state?: FormState, status: 200 | 400 | 409 = 200) {
  const { db } = c.var.deps;
  const today = todayInJapan();
  const until = addDays(today, calendarDays);
  const calendar = (await loadSiteCalendar(db, site.id, today, until))!;
  const closedDays = datesBetween(today, until).flatMap((date) => {
    const reason = siteClosedReason(calendar.site, calendar.closures, date);
    return reason ? [{ date, reason }] : [];
  });
  const notice = doneNotice(c, { added: 'centre.closures.added', removed: 'centre.closures.removed' });
  return renderClosuresPage(c, { site, closures: await listSiteClosures(db, site.id, today), closedDays, until, state, notice }, status);
}

centreRoutes.get('/centre/sites/:id/closures', allow('centre.manage'), async (c) => {
  const site = await siteOfPath(c);
  if (!site) return renderErrorPage(c, 'notFound');
  return showClosures(c, site);
});

centreRoutes.post('/centre/sites/:id/closures', allow('centre.manage'), async (c) => {
  const site = await siteOfPath(c);
  if (!site) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, closureForm);
  if (!form.ok) return showClosures(c, site, { errors: form.errors, values: form.values }, 400);
  const result = await addSiteClosure(c.var.deps.db, site.id, c.var.user!.id, form.data);
  if (!result.ok) return showClosures(c, site, { errors: { date: 'centre.error.closureTaken' }, values: form.values }, 409);
  return c.redirect(`/centre/sites/${site.id}/closures?done=added`, 303);
});

centreRoutes.post('/centre/sites/:id/closures/:closureId/delete', allow('centre.manage'), async (c) => {
  const site = await siteOfPath(c);
  const closureId = uuidParam(c, 'closureId');
  if (!site || !closureId || !(await removeSiteClosure(c.var.deps.db, site.id, closureId))) return renderErrorPage(c, 'notFound');
  return c.redirect(`/centre/sites/${site.id}/closures?done=removed`, 303);
});
