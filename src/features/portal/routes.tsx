import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import { renderErrorPage } from '../../ui/error-pages';
import { formatFileSize } from '../../ui/format';
import { renderPage } from '../../ui/layout';
import { todayInJapan } from '../availability/calendar';
import { formatBusinessDate } from '../availability/format';
import { ForecastText, UnitsDone } from '../review/progress-view';
import { summarizeOrderProgress } from '../review/summarize-order-progress';
import { findUsersClient } from '../clients/find-users-client';
import { listAcceptedDeliverables } from './list-accepted-deliverables';
import { listClientOrders } from './list-client-orders';

export const portalRoutes = new Hono<AppEnv>();

portalRoutes.get('/portal', allow('portal.client'), async (c) => {
  const { t, locale } = c.var;
  const db = c.var.deps.db;
  const client = await findUsersClient(db, c.var.user!.id);
  const rows = client ? await listClientOrders(db, client.id) : [];
  return renderPage(c, {
    title: t('portal.title'),
    children: !client ? (
      <p>{t('portal.notLinked')}</p>
    ) : (
      <>
        <p>{t('portal.lead', { name: client.name })}</p>
        {rows.length === 0 ? (
          <p>{t('portal.none')}</p>
        ) : (
          <table class="data-table">
            <caption>{t('portal.caption', { count: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('portal.order')}</th>
                <th scope="col">{t('portal.status')}</th>
                <th scope="col">{t('portal.progress')}</th>
                <th scope="col">{t('portal.deliveryDate')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr>
                  <th scope="row">
                    <a href={`/portal/orders/${row.id}`}>{row.title}</a>
                  </th>
                  <td>{t(`portal.status.${row.status}`)}</td>
                  <td>{row.totalUnits > 0 ? <UnitsDone t={t} locale={locale} part={{ ...row, unitName: null }} /> : t('portal.notStarted')}</td>
                  <td>{row.deliveryDate ? formatBusinessDate(row.deliveryDate, locale, { year: true }) : t('portal.noDeliveryDate')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </>
    ),
  });
});

// Another client's order, or one that does not exist, is the same 404: nothing tells them apart.
portalRoutes.get('/portal/orders/:id', allow('portal.client'), async (c) => {
  const { t, locale } = c.var;
  const db = c.var.deps.db;
  const id = z.uuid().safeParse(c.req.param('id'));
  const client = await findUsersClient(db, c.var.user!.id);
  const order = id.success && client ? (await listClientOrders(db, client.id, id.data))[0] : undefined;
  if (!order) return renderErrorPage(c, 'notFound');
  const [progress, deliverables] = await Promise.all([summarizeOrderProgress(db, order.id, todayInJapan()), listAcceptedDeliverables(db, order.id)]);
  if (!progress) return renderErrorPage(c, 'notFound');
  return renderPage(c, {
    title: order.title,
    children: (
      <>
        <section aria-labelledby="summary-title">
          <h2 id="summary-title">{t('portal.summaryTitle')}</h2>
          <dl class="details">
            <dt>{t('portal.status')}</dt>
            <dd>{t(`portal.status.${order.status}`)}</dd>
            <dt>{t('portal.deliveryDate')}</dt>
            <dd>{order.deliveryDate ? formatBusinessDate(order.deliveryDate, locale, { year: true }) : t('portal.noDeliveryDate')}</dd>
            <dt>{t('portal.progress')}</dt>
            <dd>{progress.totalUnits > 0 ? <UnitsDone t={t} locale={locale} part={progress} /> : t('portal.notStarted')}</dd>
            {progress.totalUnits > 0 ? (
              <>
                <dt>{t('progress.forecast')}</dt>
                <dd>
                  <ForecastText t={t} locale={locale} forecast={progress.forecast} unitName={progress.unitName} />
                </dd>
              </>
            ) : null}
          </dl>
        </section>
        <section aria-labelledby="packages-title">
          <h2 id="packages-title">{t('portal.packagesTitle')}</h2>
          {progress.packages.length === 0 ? (
            <p>{t('portal.noPackages')}</p>
          ) : (
            <table class="data-table">
              <caption>{t('portal.packagesCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('portal.package')}</th>
                  <th scope="col">{t('portal.progress')}</th>
                </tr>
              </thead>
              <tbody>
                {progress.packages.map((workPackage) => (
                  <tr>
                    <th scope="row">{workPackage.title}</th>
                    <td>
                      <UnitsDone t={t} locale={locale} part={workPackage} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section aria-labelledby="deliverables-title">
          <h2 id="deliverables-title">{t('portal.deliverablesTitle')}</h2>
          <p>{t('portal.deliverablesLead')}</p>
          {deliverables.length === 0 ? (
            <p>{t('portal.noDeliverables')}</p>
          ) : (
            <table class="data-table">
              <caption>{t('portal.deliverablesCaption', { count: deliverables.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('portal.file')}</th>
                  <th scope="col">{t('portal.part')}</th>
                  <th scope="col">{t('portal.fileSize')}</th>
                  <th scope="col">{t('portal.acceptedOn')}</th>
                </tr>
              </thead>
              <tbody>
                {deliverables.map((file) => (
                  <tr>
                    <th scope="row">
                      <a href={`/files/${file.id}`}>{file.name}</a>
                    </th>
                    <td>{file.taskTitle}</td>
                    <td>{formatFileSize(file.sizeBytes, locale)}</td>
                    <td>{file.acceptedOn ? formatBusinessDate(file.acceptedOn, locale, { year: true }) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <p>
          <a href="/portal">{t('portal.back')}</a>
        </p>
      </>
    ),
  });
});
