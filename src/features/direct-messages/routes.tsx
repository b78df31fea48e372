import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import { renderErrorPage } from '../../ui/error-pages';
import { readForm } from '../../ui/form';
import type { FormState } from '../../ui/form-page';
import { doneNotice, uuidParam } from '../../ui/route-params';
import { listConversations } from './list-conversations';
import { findMessageContact, listMessageContacts } from './message-contacts';
import { openConversation } from './open-conversation';
import { renderConversation, renderConversations } from './pages';
import { sendDirectMessage } from './send-direct-message';
import { messageForm } from './validation';

/** Direct messages between a worker and their coordinator or leader. */
export const directMessageRoutes = new Hono<AppEnv>();

directMessageRoutes.get('/messages', allow('messages.direct'), async (c) => {
  const db = c.var.deps.db;
  const contacts = await listMessageContacts(db, c.var.user!);
  return renderConversations(c, { contacts, conversations: await listConversations(db, c.var.user!.id, contacts) });
});

/** The person in the path, when I may message them; otherwise undefined ("not found"). */
async function contactFromPath(c: AppContext) {
  const id = uuidParam(c, 'userId');
  return id ? findMessageContact(c.var.deps.db, c.var.user!, id) : undefined;
}

async function showConversation(c: AppContext, state?: FormState, status: 200 | 400 = 200) {
  const person = await contactFromPath(c);
  if (!person) return renderErrorPage(c, 'notFound');
  const messages = await openConversation(c.var.deps.db, c.var.user!.id, person.id);
  return renderConversation(c, { person, messages, state, notice: doneNotice(c, { sent: 'messages.sent' }) }, status);
}

directMessageRoutes.get('/messages/:userId', allow('messages.direct'), (c) => showConversation(c));

directMessageRoutes.post('/messages/:userId', allow('messages.direct'), async (c) => {
  const id = uuidParam(c, 'userId');
  const form = await readForm(c, messageForm);
  if (!form.ok) return showConversation(c, { errors: form.errors, values: form.values }, 400);
  if (!id || !(await sendDirectMessage(c.var.deps.db, c.var.user!, id, form.data.body))) return renderErrorPage(c, 'notFound');
  return c.redirect(`/messages/${id}?done=sent`, 303);
});
