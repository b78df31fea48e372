import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import { renderErrorPage } from '../../ui/error-pages';
import { readForm } from '../../ui/form';
import { uuidParam } from '../../ui/route-params';
import { showTeamPage, teamOrderOf } from '../team-talk/team-page';
import { sayHello } from './say-hello';
import { showWorking, stopWorking } from './show-working';
import { workingForm } from './validation';

/** Working now: teammates on the same order shown, by their choice, and a hello. */
export const presenceRoutes = new Hono<AppEnv>();

/** Shows me as working on this order, for 1–4 hours; only people who work and are on its team. */
presenceRoutes.post('/teams/:orderId/working', allow('tasks.work'), async (c) => {
  const order = await teamOrderOf(c);
  if (!order?.teamRole) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, workingForm);
  if (!form.ok) return showTeamPage(c, order, { working: { errors: form.errors, values: form.values } }, 400);
  await showWorking(c.var.deps.db, { userId: c.var.user!.id, orderId: order.id, hours: form.data.hours });
  return c.redirect(`/teams/${order.id}?done=working`, 303);
});

/** Stops showing me as working, wherever I was shown. */
presenceRoutes.post('/teams/:orderId/working/stop', allow('tasks.work'), async (c) => {
  const order = await teamOrderOf(c);
  if (!order) return renderErrorPage(c, 'notFound');
  await stopWorking(c.var.deps.db, c.var.user!.id);
  return c.redirect(`/teams/${order.id}?done=stopped`, 303);
});

presenceRoutes.post('/teams/:orderId/hello/:userId', allow('teams.talk'), async (c) => {
  const order = await teamOrderOf(c);
  const toId = uuidParam(c, 'userId');
  if (!order || !toId) return renderErrorPage(c, 'notFound');
  const { t, user } = c.var;
  const result = await sayHello(c.var.deps.db, { from: user!, toId, order });
  if (!result.ok) return showTeamPage(c, order, { working: { problem: t(`presence.refused.${result.problem}`) } }, 409);
  return c.redirect(`/teams/${order.id}?done=hello`, 303);
});
