import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';
import { isAtCentre } from '../../auth/at-centre';
import { allow } from '../../auth/middleware';
import { readUploads } from '../../files/read-uploads';
import { sendUpload } from '../../files/send-upload';
import { renderErrorPage } from '../../ui/error-pages';
import { readForm } from '../../ui/form';
import { uuidParam } from '../../ui/route-params';
import { listWorking } from '../presence/list-working';
import { findAttachment } from './find-attachment';
import { listTeamMembers } from './list-team-members';
import { listTeamOrders } from './list-team-orders';
import { renderTeamsPage, type PostFormState } from './pages';
import { postInThread } from './post-in-thread';
import { removePost } from './remove-post';
import { postForm } from './validation';
import { showTeamPage, teamOrderOf } from './team-page';

/** Team pages: each order's thread (text, attachments, mentions) and who is working on it now. */
export const teamTalkRoutes = new Hono<AppEnv>();

teamTalkRoutes.get('/teams', allow('teams.talk'), async (c) => {
  const db = c.var.deps.db;
  const rows = await listTeamOrders(db, c.var.user!);
  return renderTeamsPage(c, rows, await listWorking(db, rows.map((row) => row.id)));
});

teamTalkRoutes.get('/teams/:orderId', allow('teams.talk'), async (c) => {
  const order = await teamOrderOf(c);
  return order ? showTeamPage(c, order) : renderErrorPage(c, 'notFound');
});

teamTalkRoutes.post('/teams/:orderId/posts', allow('teams.talk'), async (c) => {
  const order = await teamOrderOf(c);
  if (!order) return renderErrorPage(c, 'notFound');
  const { deps, user } = c.var;
  const form = await readForm(c, postForm);
  const upload = await readUploads(c, 'files');
  const members = await listTeamMembers(deps.db, order.id);
  const errors: PostFormState['errors'] = form.ok ? {} : { ...form.errors };
  if (!upload.ok) errors.files = upload.error;
  if (form.ok && !form.data.body && upload.ok && upload.files.length === 0) errors.body = 'teamTalk.error.empty';
  // Only people on the team may be told; anyone else named means the form was edited.
  if (form.ok && form.data.mention.some((id) => !members.some((member) => member.id === id))) errors.mention = 'teamTalk.error.mention';
  if (!form.ok || !upload.ok || Object.keys(errors).length > 0) {
    return showTeamPage(c, order, { post: { errors, body: form.values.body, mentions: form.lists.mention } }, 400);
  }
  const postId = await postInThread(deps.db, {
    order,
    author: { id: user!.id, displayName: user!.displayName },
    body: form.data.body,
    files: upload.files,
    mentionIds: form.data.mention,
    dataDir: deps.config.dataDir,
  });
  return c.redirect(`/teams/${order.id}?done=posted#post-${postId}`, 303);
});

teamTalkRoutes.post('/teams/:orderId/posts/:postId/remove', allow('teams.talk'), async (c) => {
  const order = await teamOrderOf(c);
  const postId = uuidParam(c, 'postId');
  const { deps, user } = c.var;
  const removed = order && postId ? await removePost(deps.db, { orderId: order.id, postId, actorId: user!.id, asStaff: order.staff, dataDir: deps.config.dataDir }) : false;
  if (!removed) return renderErrorPage(c, 'notFound');
  return c.redirect(`/teams/${order!.id}?done=removed`, 303);
});

/** An attachment, for those who may open the team page (centre-only work: see findAttachment); anyone else: not found. */
teamTalkRoutes.get('/teams/:orderId/files/:fileId', allow('teams.talk'), async (c) => {
  const orderId = uuidParam(c, 'orderId');
  const fileId = uuidParam(c, 'fileId');
  const file = fileId ? await findAttachment(c.var.deps.db, c.var.user!, fileId, isAtCentre(c)) : undefined;
  if (!file || file.orderId !== orderId) return renderErrorPage(c, 'notFound');
  return sendUpload(c, file);
});
