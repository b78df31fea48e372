import type { AppContext } from '../../app-env';
import { tableFileFormats } from '../../export/table-file';
import { ChoiceGroup, ErrorSummary, SubmitButton, TextField } from '../../ui/form';
import type { FormPageStatus, FormState } from '../../ui/form-page';
import type { MessageKey } from '../../ui/i18n';
import { renderPage } from '../../ui/layout';
import { exportDatasets } from './validation';

const labels: Record<string, MessageKey> = { dataset: 'exports.dataset', month: 'exports.month', year: 'exports.year', format: 'exports.format' };

/** `/exports`: one GET form — which data, for which month or year, in which format. */
export function renderExportsPage(c: AppContext, state: FormState, status: FormPageStatus = 200) {
  const { t } = c.var;
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  return renderPage(
    c,
    {
      title: t('exports.title'),
      children: (
        <>
          <p>{t('exports.lead')}</p>
          <ErrorSummary t={t} errors={errors} labels={labels} />
          <form method="get" action="/exports/download" novalidate>
            <ChoiceGroup
              t={t}
              name="dataset"
              legend="exports.dataset"
              type="radio"
              required
              options={exportDatasets.map((dataset) => ({ value: dataset, label: t(`exports.dataset.${dataset}`) }))}
              checked={[values.dataset ?? 'payStatements']}
              error={errors.dataset}
            />
            <TextField t={t} name="month" label="exports.month" hint="exports.monthHint" value={values.month} error={errors.month} autocomplete="off" />
            <TextField t={t} name="year" label="exports.year" hint="exports.yearHint" value={values.year} error={errors.year} autocomplete="off" inputmode="numeric" />
            <ChoiceGroup
              t={t}
              name="format"
              legend="exports.format"
              type="radio"
              required
              options={tableFileFormats.map((format) => ({ value: format, label: t(`tableFormat.${format}`) }))}
              checked={[values.format ?? 'xlsx']}
              error={errors.format}
            />
            <SubmitButton>{t('exports.submit')}</SubmitButton>
          </form>
        </>
      ),
    },
    status,
  );
}
