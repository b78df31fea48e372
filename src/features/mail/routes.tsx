import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import { formatDateTime } from '../../ui/format';
import { renderPage } from '../../ui/layout';
import { Pagination } from '../../ui/pagination';
import { maxDeliveryAttempts } from './deliver-outbox';
import { listOutbox, outboxPageSize } from './list-outbox';

export const mailRoutes = new Hono<AppEnv>();

const pageParam = z.coerce.number().int().min(1).max(10_000).catch(1).default(1);

/** The outbox, newest first: what the app would have sent, and whether it went. */
mailRoutes.get('/admin/outbox', allow('mail.outbox'), async (c) => {
  const { t, locale } = c.var;
  const page = pageParam.parse(c.req.query('page'));
  const { messages, total } = await listOutbox(c.var.deps.db, page);
  const pages = Math.max(1, Math.ceil(total / outboxPageSize));
  return renderPage(c, {
    title: t('mail.outbox.title'),
    children: (
      <>
        <p>{c.var.deps.config.smtp ? t('mail.outbox.smtpOn', { max: maxDeliveryAttempts }) : t('mail.outbox.lead')}</p>
        {messages.length === 0 ? (
          <p>{t('mail.outbox.none')}</p>
        ) : (
          <table class="data-table">
            <caption>{t('mail.outbox.caption', { count: total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('mail.outbox.createdAt')}</th>
                <th scope="col">{t('mail.outbox.to')}</th>
                <th scope="col">{t('mail.outbox.subject')}</th>
                <th scope="col">{t('mail.outbox.status')}</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((message) => (
                <tr>
                  <th scope="row">{formatDateTime(message.createdAt, locale)}</th>
                  <td>{message.toAddress}</td>
                  <td>
                    <details>
                      <summary>{message.subject}</summary>
                      <p class="note-body">{message.body}</p>
                    </details>
                  </td>
                  <td>
                    {message.sentAt
                      ? t('mail.outbox.sent', { date: formatDateTime(message.sentAt, locale) })
                      : message.lastError
                        ? message.attempts >= maxDeliveryAttempts
                          ? t('mail.outbox.gaveUp', { attempts: message.attempts, error: message.lastError })
                          : t('mail.outbox.failed', { error: message.lastError })
                        : t('mail.outbox.queued')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pagination
          label={t('mail.outbox.pagination')}
          page={page}
          pages={pages}
          href={(number) => `/admin/outbox?page=${number}`}
          previous={t('mail.outbox.previous')}
          next={t('mail.outbox.next')}
          current={t('mail.outbox.pageOf', { page, pages })}
        />
      </>
    ),
  });
});
