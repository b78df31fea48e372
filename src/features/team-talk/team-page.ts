import type { AppContext } from '../../app-env';
import { can } from '../../auth/policy';
import type { FormState } from '../../ui/form-page';
import type { MessageKey } from '../../ui/i18n';
import { doneNotice, uuidParam } from '../../ui/route-params';
import { findMyPresence } from '../presence/find-my-presence';
import { listWorking } from '../presence/list-working';
import { findTeamOrder, type TeamOrder } from './find-team-order';
import { listTeamMembers } from './list-team-members';
import { listThread } from './list-thread';
import { renderTeamPage, type PostFormState } from './pages';
import { threadQuery } from './validation';

/** Notices after a redirect to a team page, this feature's and presence's. */
const teamNotices = {
  posted: 'team.done.posted',
  removed: 'team.done.removed',
  working: 'presence.done.working',
  stopped: 'presence.done.stopped',
  hello: 'presence.done.hello',
} as const satisfies Record<string, MessageKey>;

/** The order of `:orderId` when this person may open its team page; undefined (not found) otherwise. */
export async function teamOrderOf(c: AppContext): Promise<TeamOrder | undefined> {
  const id = uuidParam(c, 'orderId');
  return id ? findTeamOrder(c.var.deps.db, c.var.user!, id) : undefined;
}

/**
 * Shows an order's team page, with a form's problems when one was refused. Presence's routes
 * show it too, so its forms come back on the same page.
 */
export async function showTeamPage(c: AppContext, order: TeamOrder, forms: { post?: PostFormState; working?: FormState } = {}, status: 200 | 400 | 409 = 200) {
  const db = c.var.deps.db;
  const user = c.var.user!;
  const query = threadQuery.safeParse(c.req.query());
  const before = query.success ? query.data.before : undefined;
  const [members, thread, working, mine] = await Promise.all([
    listTeamMembers(db, order.id),
    listThread(db, order.id, before),
    listWorking(db, [order.id]),
    findMyPresence(db, user.id),
  ]);
  return renderTeamPage(
    c,
    {
      order,
      members,
      thread,
      before,
      presence: { working, mine, mayShow: can(user, 'tasks.work') && order.teamRole !== null, form: forms.working },
      post: forms.post,
      notice: doneNotice(c, teamNotices),
    },
    status,
  );
}
