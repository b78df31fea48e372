import type { AppContext } from '../../app-env';
import { renderPage } from '../../ui/layout';
import type { InvoiceListRow } from './list-invoices';
import { InvoiceTable } from './pages';

/** A client's own invoices (issued or voided, never drafts), each with its PDF. */
export function renderPortalInvoices(c: AppContext, page: { client: { name: string } | null; rows: InvoiceListRow[] }) {
  const { t, locale } = c.var;
  return renderPage(c, {
    title: t('portalInvoices.title'),
    children: (
      <>
        {!page.client ? (
          <p>{t('portal.notLinked')}</p>
        ) : page.rows.length === 0 ? (
          <p>{t('portalInvoices.none')}</p>
        ) : (
          <>
            <p>{t('portalInvoices.lead', { name: page.client.name })}</p>
            <InvoiceTable t={t} locale={locale} rows={page.rows} caption={t('portalInvoices.caption', { count: page.rows.length })} ownClient pdf={(row) => `/portal/invoices/${row.id}/pdf`} />
          </>
        )}
        <p>
          <a href="/portal">{t('portal.back')}</a>
        </p>
      </>
    ),
  });
}
