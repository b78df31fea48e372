import type { AppContext } from '../../app-env';
import { renderFormPage, type FormPageStatus, type FormState } from '../../ui/form-page';
import type { InvoiceDetails, InvoiceItem } from './find-invoice';
import { ItemFields, itemLabels } from './invoice-page';
import type { InvoiceableOrder } from './list-invoiceable-orders';

/** A draft's line as form values. */
export function itemFormValues(item: InvoiceItem): Record<string, string> {
  return {
    orderId: item.orderId ?? '',
    description: item.description,
    quantity: String(item.quantity),
    unit: item.unitName ?? '',
    unitPriceYen: String(item.unitPriceYen),
    taxRate: String(item.taxRate),
  };
}

/** Changing one line of a draft invoice. */
export function renderItemForm(
  c: AppContext,
  page: { details: InvoiceDetails; item: InvoiceItem; orders: InvoiceableOrder[]; state: FormState },
  status: FormPageStatus = 200,
) {
  const { t } = c.var;
  const { invoice } = page.details;
  return renderFormPage(
    c,
    {
      title: t('invoice.item.editTitle', { description: page.item.description }),
      action: `/invoices/${invoice.id}/items/${page.item.id}`,
      submit: 'invoice.item.save',
      state: page.state,
      labels: itemLabels,
      fields: <ItemFields t={t} prefix="" state={{ errors: page.state.errors ?? {}, values: page.state.values ?? {} }} orders={invoice.kind === 'monthly' ? page.orders : undefined} />,
      after: (
        <p>
          <a href={`/invoices/${invoice.id}`}>{t('invoice.backTo', { subject: invoice.subject })}</a>
        </p>
      ),
    },
    status,
  );
}
