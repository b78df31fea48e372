import type { AppContext } from '../../app-env';
import { ErrorSummary, SelectField, SubmitButton, TextField, type FieldErrors } from '../../ui/form';
import { formatList } from '../../ui/format';
import type { MessageKey } from '../../ui/i18n';
import { renderPage } from '../../ui/layout';
import { Pagination } from '../../ui/pagination';
import { workerStatuses } from '../workers/schema';
import { skillCodes, workLocations } from '../workers/vocabulary';
import { directoryPageSize, type DirectoryRow } from './search-workers';

export type DirectoryPage = {
  /** The filters as sent, to fill the form in again and to carry into page and CSV links. */
  values: Record<string, string>;
  errors: FieldErrors;
  result?: { rows: DirectoryRow[]; total: number; page: number };
};

const labels: Record<string, MessageKey> = {
  q: 'directory.q',
  status: 'directory.status',
  skill: 'directory.skill',
  location: 'directory.location',
  availableFrom: 'directory.availableFrom',
  availableTo: 'directory.availableTo',
};

/** A link to the directory (or its CSV) with the same filters and another page. */
function withFilters(path: string, values: Record<string, string>, page?: number): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (name !== 'page' && value !== '') query.set(name, value);
  if (page && page > 1) query.set('page', String(page));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export function renderDirectory(c: AppContext, page: DirectoryPage, status: 200 | 400 = 200) {
  const { t, locale } = c.var;
  const { values, errors, result } = page;
  const any = { value: '', label: t('directory.any') };
  const pages = result ? Math.max(1, Math.ceil(result.total / directoryPageSize)) : 1;
  const first = result ? (result.page - 1) * directoryPageSize + 1 : 0;
  return renderPage(
    c,
    {
      title: t('directory.title'),
      children: (
        <>
          <ErrorSummary t={t} errors={errors} labels={labels} />
          <form method="get" action="/workers" class="filters" novalidate>
            <h2>{t('directory.filtersTitle')}</h2>
            <TextField t={t} name="q" label="directory.q" hint="directory.qHint" value={values.q} error={errors.q} autocomplete="off" />
            <div class="filters__row">
              <SelectField t={t} name="status" label="directory.status" value={values.status ?? ''} error={errors.status} options={[any, ...workerStatuses.map((code) => ({ value: code, label: t(`workerStatus.${code}`) }))]} />
              <SelectField t={t} name="skill" label="directory.skill" value={values.skill ?? ''} error={errors.skill} options={[any, ...skillCodes.map((code) => ({ value: code, label: t(`skill.${code}`) }))]} />
              <SelectField t={t} name="location" label="directory.location" value={values.location ?? ''} error={errors.location} options={[any, ...workLocations.map((code) => ({ value: code, label: t(`location.${code}`) }))]} />
            </div>
            <fieldset class="choice-group" aria-describedby="available-hint">
              <legend>{t('directory.availableTitle')}</legend>
              <p class="field__hint" id="available-hint">
                {t('directory.availableHint')}
              </p>
              <div class="filters__row">
                <TextField t={t} type="datetime-local" name="availableFrom" label="directory.availableFrom" value={values.availableFrom} error={errors.availableFrom} />
                <TextField t={t} type="datetime-local" name="availableTo" label="directory.availableTo" value={values.availableTo} error={errors.availableTo} />
              </div>
            </fieldset>
            <div class="button-row">
              <SubmitButton>{t('directory.search')}</SubmitButton>
              <a href="/workers">{t('directory.clear')}</a>
            </div>
          </form>
          {result ? (
            <>
              <p>
                <a href={withFilters('/workers.csv', values)} download>
                  {t('directory.csv')}
                </a>
                <span class="kana">{t('directory.csvHint')}</span>
              </p>
              <table class="data-table">
                <caption>
                  {result.total === 0
                    ? t('directory.captionNone')
                    : t('directory.caption', { total: result.total, first, last: first + result.rows.length - 1 })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('directory.name')}</th>
                    <th scope="col">{t('directory.kana')}</th>
                    <th scope="col">{t('directory.status')}</th>
                    <th scope="col">{t('directory.skills')}</th>
                    <th scope="col">{t('directory.locations')}</th>
                    <th scope="col">{t('directory.hoursPerWeek')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.rows.map((row) => (
                    <tr>
                      <th scope="row">
                        <a href={`/workers/${row.userId}`}>{`${row.familyName} ${row.givenName}`}</a>
                      </th>
                      <td>{`${row.familyNameKana} ${row.givenNameKana}`}</td>
                      <td>{t(`workerStatus.${row.status}`)}</td>
                      <td>{formatList(row.skills.map((skill) => t(`skill.${skill as (typeof skillCodes)[number]}`)), locale)}</td>
                      <td>{formatList(row.preferredLocations.map((code) => t(`location.${code as (typeof workLocations)[number]}`)), locale)}</td>
                      <td>{row.hoursPerWeek === null ? '' : t('directory.hours', { hours: row.hoursPerWeek })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pagination
                label={t('directory.pagination')}
                page={result.page}
                pages={pages}
                href={(pageNumber) => withFilters('/workers', values, pageNumber)}
                previous={t('directory.previous')}
                next={t('directory.next')}
                current={t('directory.pageOf', { page: result.page, pages })}
              />
            </>
          ) : null}
        </>
      ),
    },
    status,
  );
}
