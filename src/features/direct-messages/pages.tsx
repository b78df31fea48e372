import type { AppContext } from '../../app-env';
import { CsrfField, ErrorSummary, SubmitButton, TextAreaField } from '../../ui/form';
import type { FormState } from '../../ui/form-page';
import { formatDateTime } from '../../ui/format';
import { renderPage } from '../../ui/layout';
import type { Conversation } from './list-conversations';
import type { MessageContact } from './message-contacts';
import type { DirectMessage } from './open-conversation';

/** The start of a long message, for the list. */
const preview = (body: string) => (body.length > 80 ? `${body.slice(0, 80)}…` : body);

/** /messages: my conversations (with whom, the last message, how many unread), then everyone I may message. */
export function renderConversations(c: AppContext, page: { conversations: Conversation[]; contacts: MessageContact[] }) {
  const { t, locale } = c.var;
  return renderPage(c, {
    title: t('messages.title'),
    children: (
      <>
        <p>{t('messages.lead')}</p>
        <section aria-labelledby="conversations-title">
          <h2 id="conversations-title">{t('messages.conversations.title')}</h2>
          {page.conversations.length === 0 ? (
            <p>{t('messages.conversations.none')}</p>
          ) : (
            <table class="data-table">
              <caption>{t('messages.conversations.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('messages.col.person')}</th>
                  <th scope="col">{t('messages.col.last')}</th>
                  <th scope="col">{t('messages.col.when')}</th>
                  <th scope="col">{t('messages.col.unread')}</th>
                </tr>
              </thead>
              <tbody>
                {page.conversations.map((conversation) => (
                  <tr>
                    <th scope="row">
                      <a href={`/messages/${conversation.person.id}`}>{conversation.person.displayName}</a>
                    </th>
                    <td>{conversation.lastFromMe ? t('messages.fromMe', { body: preview(conversation.lastBody) }) : preview(conversation.lastBody)}</td>
                    <td>{formatDateTime(conversation.lastAt, locale)}</td>
                    <td>{conversation.unread > 0 ? <strong>{t('messages.unread', { count: conversation.unread })}</strong> : t('messages.noUnread')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section aria-labelledby="contacts-title">
          <h2 id="contacts-title">{t('messages.contacts.title')}</h2>
          {page.contacts.length === 0 ? (
            <p>{t('messages.contacts.none')}</p>
          ) : (
            <ul>
              {page.contacts.map((person) => (
                <li>
                  <a href={`/messages/${person.id}`}>{t('messages.contact', { name: person.displayName, role: t(`role.${person.role}`) })}</a>
                </li>
              ))}
            </ul>
          )}
        </section>
      </>
    ),
  });
}

/** /messages/:userId: the conversation oldest first, and the form to write. */
export function renderConversation(
  c: AppContext,
  page: { person: MessageContact; messages: DirectMessage[]; state?: FormState; notice?: string | undefined },
  status: 200 | 400 = 200,
) {
  const { t, locale } = c.var;
  const me = c.var.user!.id;
  const errors = page.state?.errors ?? {};
  return renderPage(
    c,
    {
      title: t('messages.with.title', { name: page.person.displayName }),
      notice: page.notice,
      children: (
        <>
          <section aria-labelledby="history-title">
            <h2 id="history-title">{t('messages.with.history')}</h2>
            {page.messages.length === 0 ? (
              <p>{t('messages.with.none')}</p>
            ) : (
              <ol>
                {page.messages.map((message) => {
                  const mine = message.senderId === me;
                  return (
                    <li>
                      <p>
                        <strong>{mine ? t('messages.me') : page.person.displayName}</strong> {formatDateTime(message.sentAt, locale)}
                        {mine && message.readAt ? ` ${t('messages.read')}` : ''}
                      </p>
                      <p class="note-body">{message.body}</p>
                    </li>
                  );
                })}
              </ol>
            )}
          </section>
          <section aria-labelledby="write-title">
            <h2 id="write-title">{t('messages.write')}</h2>
            <ErrorSummary t={t} errors={errors} labels={{ body: 'messages.body' }} />
            <form method="post" action={`/messages/${page.person.id}`} novalidate>
              <CsrfField c={c} />
              <TextAreaField t={t} name="body" label="messages.body" hint="messages.bodyHint" value={page.state?.values?.body} error={errors.body} required rows={5} />
              <SubmitButton>{t('messages.send')}</SubmitButton>
            </form>
          </section>
          <p>
            <a href="/messages">{t('messages.back')}</a>
          </p>
        </>
      ),
    },
    status,
  );
}
