import type { AppContext } from '../../app-env';
import { ChoiceGroup, CsrfField, ErrorSummary, FileField, FormProblem, SelectField, SubmitButton, TextAreaField, TextField, type FieldErrors } from '../../ui/form';
import { formatDateTime, formatFileSize, formatList, formatYen } from '../../ui/format';
import type { MessageKey, Translate } from '../../ui/i18n';
import { renderPage } from '../../ui/layout';
import { Pagination } from '../../ui/pagination';
import { formatBusinessDate } from '../availability/format';
import { skillCodes } from '../workers/vocabulary';
import type { Breakdown, InstructionFile, PackageSummary } from './find-breakdown';
import type { OfferCandidate } from './list-offer-candidates';
import { taskPageSize, type OrderTaskRow } from './list-order-tasks';
import { payKinds, taskStatuses } from './schema';
import type { TaskListFilter } from './validation';

/** The one form on the breakdown page that was sent and could not be accepted, to show again with its problems. */
export type FailedForm = {
  /** `package`, `orderFiles`, or `split`/`csv`/`files` followed by the package's position. */
  form: string;
  errors: FieldErrors;
  values?: Record<string, string>;
  lists?: Record<string, string[]>;
  /** Problems by row of a task list, already in words. */
  rows?: string[];
};

/** Field names of each package's forms carry the form and the package's position, so ids stay unique on the page. */
export const formPrefix = (form: 'split' | 'csv' | 'files', position: number) => `${form}${position}-`;

const packageLabels: Record<string, MessageKey> = {
  title: 'breakdown.field.title',
  unitName: 'breakdown.field.unitName',
  instructions: 'breakdown.field.instructions',
  payKind: 'breakdown.field.payKind',
  payRateYen: 'breakdown.field.payRate',
  deadline: 'breakdown.field.deadline',
  requiredSkills: 'breakdown.field.skills',
  workCategory: 'breakdown.field.workCategory',
  followsPackageId: 'breakdown.field.follows',
};

/** Labels for the error summary, for whichever form failed. */
function failedLabels(failed: FailedForm | undefined): Record<string, MessageKey> {
  if (!failed) return {};
  if (failed.form === 'package') return packageLabels;
  const labels: Record<string, MessageKey> = {
    totalUnits: 'breakdown.split.totalUnits',
    unitsPerTask: 'breakdown.split.unitsPerTask',
    estimateMinutes: 'breakdown.split.estimateMinutes',
    file: 'breakdown.csv.file',
    text: 'breakdown.csv.text',
    files: 'breakdown.files.choose',
  };
  return Object.fromEntries(Object.keys(failed.errors).map((name) => [name, labels[name.slice(name.indexOf('-') + 1)] ?? 'breakdown.files.choose']));
}

function FileList(props: { c: AppContext; files: InstructionFile[] }) {
  const { t, locale } = props.c.var;
  if (props.files.length === 0) return <p>{t('breakdown.noFiles')}</p>;
  return (
    <ul>
      {props.files.map((file) => (
        <li>
          <a href={`/files/${file.id}`}>{file.originalName}</a>
          {` (${formatFileSize(file.sizeBytes, locale)})`}
        </li>
      ))}
    </ul>
  );
}

function UploadForm(props: { c: AppContext; action: string; name: string; error?: MessageKey | undefined; labelledBy: string }) {
  const { t } = props.c.var;
  return (
    <form method="post" action={props.action} enctype="multipart/form-data" novalidate aria-labelledby={props.labelledBy}>
      <CsrfField c={props.c} />
      <FileField t={t} name={props.name} label="breakdown.files.choose" hint="breakdown.files.hint" error={props.error} multiple />
      <SubmitButton secondary>{t('breakdown.files.submit')}</SubmitButton>
    </form>
  );
}

/** How a package or task pays: ￥12 per 件, or ￥1,000 per hour. */
export function payText(t: Translate, locale: AppContext['var']['locale'], pay: { payKind: string; payRateYen: number; unitName: string }) {
  const rate = formatYen(pay.payRateYen, locale);
  return pay.payKind === 'hour' ? t('breakdown.pay.hour', { rate }) : t('breakdown.pay.piece', { rate, unit: pay.unitName });
}

function PackageCard(props: { c: AppContext; breakdown: Breakdown; workPackage: PackageSummary; failed?: FailedForm | undefined }) {
  const { c, workPackage, failed } = props;
  const { t, locale } = c.var;
  const n = workPackage.position;
  const headingId = `package-${n}-title`;
  const followed = props.breakdown.packages.find((other) => other.id === workPackage.followsPackageId);
  const own = (form: 'split' | 'csv' | 'files') => (failed?.form === `${form}${n}` ? failed : undefined);
  const split = own('split');
  const csv = own('csv');
  const files = own('files');
  const field = (form: 'split' | 'csv' | 'files', name: string) => `${formPrefix(form, n)}${name}`;
  const counts = taskStatuses.filter((status) => workPackage.counts[status]).map((status) => t('breakdown.countItem', { status: t(`breakdown.status.${status}`), count: workPackage.counts[status]! }));
  return (
    <article class="package-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('breakdown.packageHeading', { position: n, title: workPackage.title })}</h3>
      <dl class="details">
        <dt>{t('breakdown.field.unitName')}</dt>
        <dd>{workPackage.unitName}</dd>
        <dt>{t('breakdown.pay')}</dt>
        <dd>{payText(t, locale, workPackage)}</dd>
        <dt>{t('breakdown.field.deadline')}</dt>
        <dd>{formatBusinessDate(workPackage.deadline, locale)}</dd>
        <dt>{t('breakdown.field.workCategory')}</dt>
        <dd>{t(`skill.${workPackage.workCategory}` as MessageKey)}</dd>
        <dt>{t('breakdown.field.skills')}</dt>
        <dd>{workPackage.requiredSkills.length > 0 ? formatList(workPackage.requiredSkills.map((code) => t(`skill.${code}` as MessageKey)), locale) : t('breakdown.noSkills')}</dd>
        {followed ? (
          <>
            <dt>{t('breakdown.field.follows')}</dt>
            <dd>{t('breakdown.followsValue', { title: followed.title })}</dd>
          </>
        ) : null}
        <dt>{t('breakdown.taskCounts')}</dt>
        <dd>{workPackage.taskCount === 0 ? t('breakdown.noTasks') : `${t('breakdown.taskTotal', { count: workPackage.taskCount })} (${formatList(counts, locale)})`}</dd>
        {workPackage.instructions ? (
          <>
            <dt>{t('breakdown.field.instructions')}</dt>
            <dd>{workPackage.instructions}</dd>
          </>
        ) : null}
      </dl>
      <h4 id={`package-${n}-files`}>{t('breakdown.files')}</h4>
      <FileList c={c} files={workPackage.files} />

      {followed ? (
        <details open={Boolean(split)}>
          <summary>{t('breakdown.followUp.title')}</summary>
          <p>{t('breakdown.followUp.lead', { title: followed.title })}</p>
          <form method="post" action={`/orders/${workPackage.orderId}/packages/${workPackage.id}/split`} novalidate>
            <CsrfField c={c} />
            <TextField t={t} name={field('split', 'estimateMinutes')} label="breakdown.split.estimateMinutes" value={split?.values?.estimateMinutes} error={split?.errors[field('split', 'estimateMinutes')]} required inputmode="numeric" />
            <SubmitButton>{t('breakdown.followUp.submit')}</SubmitButton>
          </form>
        </details>
      ) : (
        <>
          <details open={Boolean(split)}>
            <summary>{t('breakdown.split.title')}</summary>
            <p>{t('breakdown.split.lead')}</p>
            <form method="post" action={`/orders/${workPackage.orderId}/packages/${workPackage.id}/split`} novalidate>
              <CsrfField c={c} />
              <TextField t={t} name={field('split', 'totalUnits')} label="breakdown.split.totalUnits" hint="breakdown.split.totalUnitsHint" value={split?.values?.totalUnits} error={split?.errors[field('split', 'totalUnits')]} required inputmode="numeric" />
              <TextField t={t} name={field('split', 'unitsPerTask')} label="breakdown.split.unitsPerTask" hint="breakdown.split.unitsPerTaskHint" value={split?.values?.unitsPerTask} error={split?.errors[field('split', 'unitsPerTask')]} required inputmode="numeric" />
              <TextField t={t} name={field('split', 'estimateMinutes')} label="breakdown.split.estimateMinutes" value={split?.values?.estimateMinutes} error={split?.errors[field('split', 'estimateMinutes')]} required inputmode="numeric" />
              <SubmitButton>{t('breakdown.split.submit')}</SubmitButton>
            </form>
          </details>
          <details open={Boolean(csv)}>
            <summary>{t('breakdown.csv.title')}</summary>
            <p>{t('breakdown.csv.lead')}</p>
            <form method="post" action={`/orders/${workPackage.orderId}/packages/${workPackage.id}/csv`} enctype="multipart/form-data" novalidate>
              <CsrfField c={c} />
              <FileField t={t} name={field('csv', 'file')} label="breakdown.csv.file" hint="breakdown.csv.fileHint" error={csv?.errors[field('csv', 'file')]} accept=".csv,.txt,text/csv" />
              <TextAreaField t={t} name={field('csv', 'text')} label="breakdown.csv.text" hint="breakdown.csv.textHint" value={csv?.values?.text} error={csv?.errors[field('csv', 'text')]} rows={6} />
              {csv?.rows?.length ? (
                <ul class="csv-problems" aria-label={t('breakdown.csv.problemsTitle')}>
                  {csv.rows.map((problem) => (
                    <li>{problem}</li>
                  ))}
                </ul>
              ) : null}
              <SubmitButton>{t('breakdown.csv.submit')}</SubmitButton>
            </form>
          </details>
        </>
      )}
      <details open={Boolean(files)}>
        <summary id={`package-${n}-upload`}>{t('breakdown.files.add')}</summary>
        <UploadForm c={c} action={`/orders/${workPackage.orderId}/packages/${workPackage.id}/files`} name={field('files', 'files')} error={files?.errors[field('files', 'files')]} labelledBy={`package-${n}-upload`} />
      </details>
    </article>
  );
}

function NewPackageForm(props: { c: AppContext; breakdown: Breakdown; failed?: FailedForm | undefined }) {
  const { c, breakdown } = props;
  const { t } = c.var;
  const failed = props.failed?.form === 'package' ? props.failed : undefined;
  const values = failed?.values ?? {};
  const errors = failed?.errors ?? {};
  const skills = failed ? (failed.lists?.requiredSkills ?? []) : breakdown.order.requiredSkills;
  return (
    <section aria-labelledby="new-package-title">
      <h2 id="new-package-title">{t('breakdown.new.title')}</h2>
      <p>{t('breakdown.new.lead')}</p>
      <form method="post" action={`/orders/${breakdown.order.id}/packages`} novalidate aria-labelledby="new-package-title">
        <CsrfField c={c} />
        <TextField t={t} name="title" label="breakdown.field.title" hint="breakdown.field.titleHint" value={values.title} error={errors.title} required autocomplete="off" />
        <TextField t={t} name="unitName" label="breakdown.field.unitName" hint="breakdown.field.unitNameHint" value={values.unitName} error={errors.unitName} required autocomplete="off" />
        <TextAreaField t={t} name="instructions" label="breakdown.field.instructions" hint="breakdown.field.instructionsHint" value={values.instructions} error={errors.instructions} />
        <ChoiceGroup
          t={t}
          name="payKind"
          legend="breakdown.field.payKind"
          type="radio"
          required
          options={payKinds.map((kind) => ({ value: kind, label: t(`breakdown.payKind.${kind}`) }))}
          checked={[values.payKind ?? 'piece']}
          error={errors.payKind}
        />
        <TextField t={t} name="payRateYen" label="breakdown.field.payRate" hint="breakdown.field.payRateHint" value={values.payRateYen} error={errors.payRateYen} required inputmode="numeric" />
        <TextField t={t} name="deadline" label="breakdown.field.deadline" hint="breakdown.field.deadlineHint" value={values.deadline} error={errors.deadline} required autocomplete="off" />
        <ChoiceGroup
          t={t}
          name="requiredSkills"
          legend="breakdown.field.skills"
          hint="breakdown.field.skillsHint"
          options={skillCodes.map((code) => ({ value: code, label: t(`skill.${code}`) }))}
          checked={skills}
          error={errors.requiredSkills}
        />
        <SelectField
          t={t}
          name="workCategory"
          label="breakdown.field.workCategory"
          hint="breakdown.field.workCategoryHint"
          value={values.workCategory ?? 'data_entry'}
          error={errors.workCategory}
          required
          options={skillCodes.map((code) => ({ value: code, label: t(`skill.${code}`) }))}
        />
        {breakdown.packages.length > 0 ? (
          <SelectField
            t={t}
            name="followsPackageId"
            label="breakdown.field.follows"
            hint="breakdown.field.followsHint"
            value={values.followsPackageId ?? ''}
            error={errors.followsPackageId}
            options={[{ value: '', label: t('breakdown.follows.none') }, ...breakdown.packages.map((other) => ({ value: other.id, label: t('breakdown.packageHeading', { position: other.position, title: other.title }) }))]}
          />
        ) : null}
        <SubmitButton>{t('breakdown.new.submit')}</SubmitButton>
      </form>
    </section>
  );
}

/** The breakdown of one order: its packages (each with its split, list and upload forms), the order's files, a new package. */
export function renderBreakdownPage(
  c: AppContext,
  page: { breakdown: Breakdown; failed?: FailedForm | undefined; notice?: string | undefined },
  status: 200 | 400 | 409 = 200,
) {
  const { t } = c.var;
  const { breakdown, failed } = page;
  const orderId = breakdown.order.id;
  return renderPage(
    c,
    {
      title: t('breakdown.title', { order: breakdown.order.title }),
      notice: page.notice,
      children: (
        <>
          <p>{t('breakdown.lead')}</p>
          <ul class="link-list">
            <li>
              <a href={`/orders/${orderId}`}>{t('breakdown.backToOrder')}</a>
            </li>
            <li>
              <a href={`/orders/${orderId}/tasks`}>{t('breakdown.toTasks')}</a>
            </li>
          </ul>
          <ErrorSummary t={t} errors={failed?.errors ?? {}} labels={failedLabels(failed)} />
          <section aria-labelledby="packages-title">
            <h2 id="packages-title">{t('breakdown.packagesTitle')}</h2>
            {breakdown.packages.length === 0 ? <p>{t('breakdown.noPackages')}</p> : null}
            {breakdown.packages.map((workPackage) => (
              <PackageCard c={c} breakdown={breakdown} workPackage={workPackage} failed={failed} />
            ))}
          </section>
          <section aria-labelledby="order-files-title">
            <h2 id="order-files-title">{t('breakdown.orderFilesTitle')}</h2>
            <p>{t('breakdown.orderFilesLead')}</p>
            <FileList c={c} files={breakdown.orderFiles} />
            <h3 id="order-files-upload">{t('breakdown.files.add')}</h3>
            <UploadForm c={c} action={`/orders/${orderId}/files`} name="orderFiles" error={failed?.form === 'orderFiles' ? failed.errors.orderFiles : undefined} labelledBy="order-files-upload" />
          </section>
          <NewPackageForm c={c} breakdown={breakdown} failed={failed} />
        </>
      ),
    },
    status,
  );
}

/** A link to the list with these filters and page. */
function tasksHref(orderId: string, filter: TaskListFilter, page: number) {
  const query = new URLSearchParams();
  if (filter.status) query.set('status', filter.status);
  if (filter.package) query.set('package', filter.package);
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return `/orders/${orderId}/tasks${text ? `?${text}` : ''}`;
}

function TaskActions(props: { c: AppContext; row: OrderTaskRow; candidates: OfferCandidate[] }) {
  const { c, row } = props;
  const { t } = c.var;
  if (row.status === 'offered') {
    return (
      <form method="post" action={`/tasks/${row.id}/offer/withdraw`}>
        <CsrfField c={c} />
        <button type="submit" class="button button--secondary" aria-label={t('breakdown.tasks.withdrawFor', { task: row.title })}>
          {t('breakdown.tasks.withdraw')}
        </button>
      </form>
    );
  }
  if (row.status !== 'open') return null;
  const able = props.candidates.filter((person) => row.requiredSkills.every((skill) => person.skills.includes(skill)));
  const selectId = `offer-${row.id}`;
  return (
    <div class="task-actions">
      {able.length === 0 ? (
        <p>{t('breakdown.tasks.noCandidates')}</p>
      ) : (
        <form method="post" action={`/tasks/${row.id}/offer`} class="offer-form">
          <CsrfField c={c} />
          <label for={selectId} class="visually-hidden">
            {t('breakdown.tasks.offerTo', { task: row.title })}
          </label>
          <select id={selectId} name="workerId">
            <option value="">{t('breakdown.tasks.choose')}</option>
            {able.map((person) => (
              <option value={person.id}>{person.name}</option>
            ))}
          </select>
          <button type="submit" class="button button--secondary" aria-label={t('breakdown.tasks.offerFor', { task: row.title })}>
            {t('breakdown.tasks.offer')}
          </button>
        </form>
      )}
      <form method="post" action={`/tasks/${row.id}/cancel`}>
        <CsrfField c={c} />
        <button type="submit" class="button button--secondary" aria-label={t('breakdown.tasks.cancelFor', { task: row.title })}>
          {t('breakdown.tasks.cancel')}
        </button>
      </form>
    </div>
  );
}

/** "Who holds what" for one order: each task with its state, who has it and since when, and what a director can do about it. */
export function renderOrderTasksPage(
  c: AppContext,
  page: {
    order: { id: string; title: string };
    packages: { id: string; position: number; title: string }[];
    filter: TaskListFilter;
    result: { rows: OrderTaskRow[]; total: number };
    candidates: OfferCandidate[];
    notice?: string | undefined;
    problem?: string | undefined;
  },
  status: 200 | 400 | 404 | 409 = 200,
) {
  const { t, locale } = c.var;
  const { order, filter, result } = page;
  const pages = Math.max(1, Math.ceil(result.total / taskPageSize));
  const from = (filter.page - 1) * taskPageSize + 1;
  return renderPage(
    c,
    {
      title: t('breakdown.tasks.title', { order: order.title }),
      notice: page.notice,
      children: (
        <>
          <p>{t('breakdown.tasks.lead')}</p>
          <ul class="link-list">
            <li>
              <a href={`/orders/${order.id}`}>{t('breakdown.backToOrder')}</a>
            </li>
            <li>
              <a href={`/orders/${order.id}/breakdown`}>{t('breakdown.toBreakdown')}</a>
            </li>
          </ul>
          <FormProblem problem={page.problem} />
          <form method="get" action={`/orders/${order.id}/tasks`} class="filters" aria-labelledby="filter-title">
            <h2 id="filter-title">{t('breakdown.tasks.filterTitle')}</h2>
            <div class="filters__row">
              <SelectField
                t={t}
                name="status"
                label="breakdown.tasks.status"
                value={filter.status}
                options={[{ value: '', label: t('breakdown.tasks.allStatuses') }, ...taskStatuses.map((value) => ({ value, label: t(`breakdown.status.${value}`) }))]}
              />
              <SelectField
                t={t}
                name="package"
                label="breakdown.tasks.package"
                value={filter.package}
                options={[{ value: '', label: t('breakdown.tasks.allPackages') }, ...page.packages.map((other) => ({ value: other.id, label: t('breakdown.packageHeading', { position: other.position, title: other.title }) }))]}
              />
            </div>
            <SubmitButton secondary>{t('breakdown.tasks.filter')}</SubmitButton>
          </form>
          {result.rows.length === 0 ? (
            <p>{t('breakdown.tasks.none')}</p>
          ) : (
            <>
              <table class="data-table">
                  <caption>{t('breakdown.tasks.caption', { total: result.total, from, to: from + result.rows.length - 1 })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('breakdown.tasks.task')}</th>
                      <th scope="col">{t('breakdown.tasks.status')}</th>
                      <th scope="col">{t('breakdown.tasks.holder')}</th>
                      <th scope="col">{t('breakdown.tasks.since')}</th>
                      <th scope="col">{t('breakdown.tasks.expires')}</th>
                      <th scope="col">{t('breakdown.tasks.offerColumn')}</th>
                      <th scope="col">{t('breakdown.tasks.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.rows.map((row) => (
                      <tr id={`task-${row.id}`}>
                        <th scope="row">
                          {row.title}
                          <span class="kana">{t('breakdown.tasks.taskDetail', { package: row.packageTitle, date: formatBusinessDate(row.deadline, locale) })}</span>
                        </th>
                        <td>{t(`breakdown.status.${row.status}`)}</td>
                        <td>{row.holderName ?? ''}</td>
                        <td>{row.since ? formatDateTime(row.since, locale) : ''}</td>
                        <td>{row.expiresAt ? formatDateTime(row.expiresAt, locale) : ''}</td>
                        <td>{row.offeredToName && row.offeredAt ? t('breakdown.tasks.offerPending', { name: row.offeredToName, date: formatDateTime(row.offeredAt, locale) }) : ''}</td>
                        <td>
                          <TaskActions c={c} row={row} candidates={page.candidates} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
              </table>
              <Pagination
                label={t('breakdown.tasks.pagination')}
                page={filter.page}
                pages={pages}
                href={(pageNumber) => tasksHref(order.id, filter, pageNumber)}
                previous={t('breakdown.tasks.previous')}
                next={t('breakdown.tasks.next')}
                current={t('breakdown.tasks.pageOf', { page: filter.page, pages })}
              />
            </>
          )}
        </>
      ),
    },
    status,
  );
}
