import type { AppContext } from '../../app-env';
import { CsrfField, ErrorSummary, FileField, FormProblem, namesWithPrefix, SubmitButton, TextAreaField, TextField, type FieldErrors } from '../../ui/form';
import { prefixedFormState, type FormState } from '../../ui/form-page';
import { formatDateTime, formatFileSize, formatMonth, formatYen } from '../../ui/format';
import type { Locale, MessageKey, Translate } from '../../ui/i18n';
import { renderPage } from '../../ui/layout';
import { formatBusinessDate } from '../availability/format';
import type { AbsenceResult } from './declare-absence';
import { formatDuration } from './duration';
import type { WorkerTask, WorkLogLine } from './find-worker-task';
import { openTasksShown, type TaskSummary, type WorkerTaskLists } from './list-worker-tasks';
import type { MonthSummary } from './summarize-month';

/** "（研修単価: 単価の80%）" after the rate of OJT work, so a trainee knows why it is lower; else nothing. */
export function trainingRateNote(t: Translate, percent: number | null): string {
  return percent === null ? '' : t('task.trainingRate', { percent });
}

/** What a task pays, as one line: "1件 ¥12（この作業で ¥600）" or "1時間 ¥1,000" (and the training rate's note). */
function payText(t: Translate, locale: Locale, task: Pick<TaskSummary, 'payKind' | 'payRateYen' | 'trainingRatePercent' | 'units' | 'unitName'>): string {
  const rate = formatYen(task.payRateYen, locale);
  const pay =
    task.payKind === 'piece'
      ? t('task.payPiece', { unit: task.unitName, rate, total: formatYen(task.payRateYen * task.units, locale) })
      : t('task.payHour', { rate });
  return pay + trainingRateNote(t, task.trainingRatePercent);
}

const amountText = (t: Translate, task: Pick<TaskSummary, 'units' | 'unitName'>) => t('task.amount', { units: task.units, unit: task.unitName });

/** A small form with one button that posts to `action`; `label` names the task for screen readers. */
function ActionButton(props: { c: AppContext; action: string; text: string; label: string; secondary?: boolean }) {
  return (
    <form method="post" action={props.action}>
      <CsrfField c={props.c} />
      <button type="submit" class={props.secondary ? 'button button--secondary' : 'button'} aria-label={props.label}>
        {props.text}
      </button>
    </form>
  );
}

/** Accepting or declining a task offered to this worker, from the list or the task's page. */
function OfferButtons(props: { c: AppContext; task: { id: string; title: string } }) {
  const { c, task } = props;
  const { t } = c.var;
  return (
    <div class="button-row">
      <ActionButton c={c} action={`/tasks/${task.id}/offer/accept`} text={t('task.accept')} label={t('task.acceptNamed', { task: task.title })} />
      <ActionButton c={c} action={`/tasks/${task.id}/offer/decline`} text={t('task.decline')} label={t('task.declineNamed', { task: task.title })} secondary />
    </div>
  );
}

/** The reviewer's comment on work sent back, shown wherever the task is. */
function ReturnedNote(props: { t: Translate; comment: string }) {
  return (
    <p class="task-returned">
      <strong>{props.t('task.returnedMark')}</strong>
      <br />
      {props.t('task.returnedComment', { comment: props.comment })}
    </p>
  );
}

export function renderTaskList(c: AppContext, lists: WorkerTaskLists, notice?: string) {
  const { t, locale } = c.var;
  const taskLink = (task: TaskSummary) => <a href={`/tasks/${task.id}`}>{task.title}</a>;
  return renderPage(c, {
    title: t('tasks.title'),
    notice,
    children: (
      <>
        <p>{t('tasks.lead')}</p>
        <p class="button-row">
          <a class="button button--secondary" href="/me/absence">
            {t('tasks.absenceLink')}
          </a>
          <a href="/me/work">{t('tasks.myWorkLink')}</a>
        </p>

        <section aria-labelledby="mine-title">
          <h2 id="mine-title">{t('tasks.mineTitle')}</h2>
          {lists.held.length === 0 && lists.handedIn.length === 0 ? <p>{t('tasks.mineNone')}</p> : null}
          {lists.held.length > 0 ? (
            <table class="data-table">
              <caption>{t('tasks.heldCaption', { count: lists.held.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('task.column.task')}</th>
                  <th scope="col">{t('task.column.order')}</th>
                  <th scope="col">{t('task.column.deadline')}</th>
                  <th scope="col">{t('task.column.reservedUntil')}</th>
                </tr>
              </thead>
              <tbody>
                {lists.held.map((task) => (
                  <tr>
                    <th scope="row">
                      {taskLink(task)}
                      {task.returnedComment !== null ? <ReturnedNote t={t} comment={task.returnedComment} /> : null}
                    </th>
                    <td>{task.orderTitle}</td>
                    <td>{formatBusinessDate(task.deadline, locale)}</td>
                    <td>{formatDateTime(task.expiresAt, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {lists.handedIn.length > 0 ? (
            <table class="data-table">
              <caption>{t('tasks.handedInCaption', { count: lists.handedIn.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('task.column.task')}</th>
                  <th scope="col">{t('task.column.order')}</th>
                  <th scope="col">{t('task.column.submittedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {lists.handedIn.map((task) => (
                  <tr>
                    <th scope="row">{taskLink(task)}</th>
                    <td>{task.orderTitle}</td>
                    <td>{formatDateTime(task.submittedAt, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>

        {lists.offers.length > 0 ? (
          <section aria-labelledby="offers-title">
            <h2 id="offers-title">{t('tasks.offersTitle')}</h2>
            <p>{t('tasks.offersLead')}</p>
            <ul class="plain-list task-offers">
              {lists.offers.map((task) => (
                <li class="task-offer">
                  <p>
                    {taskLink(task)}
                    <br />
                    {task.orderTitle}
                  </p>
                  <p>
                    {t('task.offerDetails', { amount: amountText(t, task), pay: payText(t, locale, task), deadline: formatBusinessDate(task.deadline, locale) })}
                  </p>
                  {task.note ? <p>{t('task.offerNote', { note: task.note })}</p> : null}
                  <OfferButtons c={c} task={task} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <section aria-labelledby="open-title">
          <h2 id="open-title">{t('tasks.openTitle')}</h2>
          {lists.open.length === 0 ? (
            <p>{t('tasks.openNone')}</p>
          ) : (
            <>
              {lists.openCount > lists.open.length ? <p>{t('tasks.openLimited', { shown: openTasksShown, count: lists.openCount })}</p> : null}
              <table class="data-table">
                <caption>{t('tasks.openCaption', { count: lists.openCount })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('task.column.task')}</th>
                    <th scope="col">{t('task.column.order')}</th>
                    <th scope="col">{t('task.column.package')}</th>
                    <th scope="col">{t('task.column.amount')}</th>
                    <th scope="col">{t('task.column.estimate')}</th>
                    <th scope="col">{t('task.column.pay')}</th>
                    <th scope="col">{t('task.column.deadline')}</th>
                    <th scope="col">{t('task.column.action')}</th>
                  </tr>
                </thead>
                <tbody>
                  {lists.open.map((task) => (
                    <tr>
                      <th scope="row">{taskLink(task)}</th>
                      <td>{task.orderTitle}</td>
                      <td>{task.packageTitle}</td>
                      <td>{amountText(t, task)}</td>
                      <td>{formatDuration(t, task.estimateMinutes)}</td>
                      <td>{payText(t, locale, task)}</td>
                      <td>{formatBusinessDate(task.deadline, locale)}</td>
                      <td>
                        <ActionButton c={c} action={`/tasks/${task.id}/take`} text={t('task.take')} label={t('task.takeNamed', { task: task.title })} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          {lists.needSkillsCount > 0 ? (
            <p>
              {t('tasks.needSkills', { count: lists.needSkillsCount })} <a href="/me/profile">{t('tasks.needSkillsLink')}</a>
            </p>
          ) : null}
        </section>
      </>
    ),
  });
}

export type TaskPageForms = {
  handIn?: FormState;
  giveBack?: FormState;
  log?: FormState;
  edit?: { entryId: string; state: FormState };
};

const handInLabels = namesWithPrefix<MessageKey>({ units: 'task.logUnits', note: 'task.handInNote', files: 'task.handInFiles' }, 'handIn-');
const logLabels = (prefix: string) => namesWithPrefix<MessageKey>({ workedOn: 'task.logDate', minutes: 'task.logMinutes', units: 'task.logUnits', note: 'task.logNote' }, prefix);

/** The fields of a work log entry (new or corrected), named with `prefix`. */
function WorkLogFields(props: { t: Translate; prefix: string; values: Record<string, string>; errors: FieldErrors }) {
  const { t, prefix, values, errors } = props;
  const value = (name: string) => values[`${prefix}${name}`] ?? values[name];
  return (
    <>
      <TextField t={t} name={`${prefix}workedOn`} label="task.logDate" value={value('workedOn')} error={errors[`${prefix}workedOn`]} required />
      <TextField t={t} name={`${prefix}minutes`} label="task.logMinutes" hint="task.logMinutesHint" value={value('minutes')} error={errors[`${prefix}minutes`]} required />
      <TextField t={t} name={`${prefix}units`} label="task.logUnits" value={value('units')} error={errors[`${prefix}units`]} inputmode="numeric" />
      <TextField t={t} name={`${prefix}note`} label="task.logNote" value={value('note')} error={errors[`${prefix}note`]} />
    </>
  );
}

function WorkLogTable(props: { c: AppContext; entries: WorkLogLine[]; edit?: TaskPageForms['edit'] }) {
  const { t, locale } = props.c.var;
  const noteText = (note: string | null) => note ?? t('task.logNoNote');
  return (
    <table class="data-table">
      <caption>{t('task.logCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('task.logDate')}</th>
          <th scope="col">{t('task.logMinutes')}</th>
          <th scope="col">{t('task.logUnits')}</th>
          <th scope="col">{t('task.logNote')}</th>
        </tr>
      </thead>
      <tbody>
        {props.entries.map((entry) => {
          const prefix = `entry-${entry.id}-`;
          const editing = props.edit?.entryId === entry.id ? props.edit.state : undefined;
          const { errors } = prefixedFormState(editing, prefix);
          const values = editing?.values ?? {
            [`${prefix}workedOn`]: entry.workedOn,
            [`${prefix}minutes`]: String(entry.minutes ?? ''),
            [`${prefix}units`]: String(entry.units),
            [`${prefix}note`]: entry.note ?? '',
          };
          return (
            <tr>
              <th scope="row">{formatBusinessDate(entry.workedOn, locale)}</th>
              <td>{entry.minutes === null ? t('task.logRunning') : formatDuration(t, entry.minutes)}</td>
              <td>{entry.units}</td>
              <td>
                {entry.note ?? ''}
                {entry.revisions.length > 0 ? (
                  <details class="work-log-history">
                    <summary>{t('task.logEdited')}</summary>
                    <ul>
                      {entry.revisions.map((revision) => (
                        <li>
                          {t('task.logHistory', {
                            time: formatDateTime(revision.editedAt, locale),
                            date: formatBusinessDate(revision.before.workedOn, locale),
                            minutes: formatDuration(t, revision.before.minutes ?? 0),
                            units: revision.before.units,
                            note: noteText(revision.before.note),
                          })}
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
                {entry.minutes !== null ? (
                  <details class="work-log-edit" open={editing !== undefined}>
                    <summary>{t('task.logEditSummary', { date: formatBusinessDate(entry.workedOn, locale) })}</summary>
                    <ErrorSummary t={t} errors={errors} labels={logLabels(prefix)} />
                    <form method="post" action={`/work-log/${entry.id}`} novalidate>
                      <CsrfField c={props.c} />
                      <WorkLogFields t={t} prefix={prefix} values={values} errors={errors} />
                      <SubmitButton secondary>{t('task.logSave')}</SubmitButton>
                    </form>
                  </details>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function renderTaskPage(
  c: AppContext,
  page: { task: WorkerTask; today: string; forms?: TaskPageForms; notice?: string | undefined; problem?: string | undefined },
  status: 200 | 400 | 404 | 409 = 200,
) {
  const { t, locale } = c.var;
  const { task } = page;
  const forms = page.forms ?? {};
  const handIn = prefixedFormState(forms.handIn, 'handIn-');
  const giveBack = prefixedFormState(forms.giveBack, 'giveBack-');
  const log = prefixedFormState(forms.log, 'log-');
  const running = task.log.find((entry) => entry.minutes === null);
  const statusText = task.hold ? t('task.status.mine', { date: formatDateTime(task.hold.expiresAt, locale) }) : t(`task.status.${task.status}`);
  return renderPage(
    c,
    {
      title: task.title,
      notice: page.notice,
      children: (
        <>
          <FormProblem problem={page.problem} />
          <dl class="details">
            <dt>{t('task.orderTitle')}</dt>
            <dd>{task.orderTitle}</dd>
            <dt>{t('task.package')}</dt>
            <dd>{task.packageTitle}</dd>
            <dt>{t('task.amountLabel')}</dt>
            <dd>{amountText(t, task)}</dd>
            <dt>{t('task.estimate')}</dt>
            <dd>{formatDuration(t, task.estimateMinutes)}</dd>
            <dt>{t('task.pay')}</dt>
            <dd>{payText(t, locale, task)}</dd>
            <dt>{t('task.deadline')}</dt>
            <dd>{formatBusinessDate(task.deadline, locale, { year: true })}</dd>
            <dt>{t('task.statusLabel')}</dt>
            <dd>{statusText}</dd>
          </dl>

          {task.termsNoticeId ? (
            <p>
              <a href={`/me/terms/${task.termsNoticeId}`}>{t('termsNotices.taskLink')}</a>
            </p>
          ) : null}
          {task.returnedComment !== null ? <ReturnedNote t={t} comment={task.returnedComment} /> : null}
          {task.pending ? <p>{t('task.pendingSince', { date: formatDateTime(task.pending.submittedAt, locale) })}</p> : null}

          {task.status === 'open' ? (
            !task.hasSkills ? (
              <p>{t('task.missingSkills')}</p>
            ) : !task.ready ? (
              <p>{t('task.waiting')}</p>
            ) : (
              <ActionButton c={c} action={`/tasks/${task.id}/take`} text={t('task.take')} label={t('task.takeNamed', { task: task.title })} />
            )
          ) : null}
          {task.offer && task.status === 'offered' ? (
            <>
              {task.offer.note ? <p>{t('task.offerNote', { note: task.offer.note })}</p> : null}
              <OfferButtons c={c} task={task} />
            </>
          ) : null}

          <section aria-labelledby="instructions-title">
            <h2 id="instructions-title">{t('task.instructionsTitle')}</h2>
            {task.instructions ? <p class="note-body">{task.instructions}</p> : <p>{t('task.noInstructions')}</p>}
            {task.files.length > 0 ? (
              <ul aria-label={t('task.filesCaption')}>
                {task.files.map((file) => (
                  <li>
                    <a href={`/files/${file.id}`}>{file.name}</a> {t('task.fileSize', { size: formatFileSize(file.sizeBytes, locale) })}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>

          {task.hold ? (
            <>
              <section aria-labelledby="timer-title">
                <h2 id="timer-title">{t('task.timerTitle')}</h2>
                <p>{running?.startedAt ? t('task.timerRunning', { time: formatDateTime(running.startedAt, locale) }) : t('task.timerStopped')}</p>
                <form method="post" action={`/tasks/${task.id}/timer/${running ? 'stop' : 'start'}`}>
                  <CsrfField c={c} />
                  <SubmitButton secondary={!!running}>{t(running ? 'task.timerStop' : 'task.timerStart')}</SubmitButton>
                </form>
              </section>

              <section aria-labelledby="hand-in-title">
                <h2 id="hand-in-title">{t('task.handInTitle')}</h2>
                <p>{t('task.handInLead')}</p>
                <ErrorSummary t={t} errors={handIn.errors} labels={handInLabels} />
                <form method="post" action={`/tasks/${task.id}/hand-in`} enctype="multipart/form-data" novalidate>
                  <CsrfField c={c} />
                  <div class={handIn.errors['handIn-units'] ? 'field field--error' : 'field'}>
                    <label for="field-handIn-units">
                      {t('task.handInUnits', { unit: task.unitName })}
                      <span class="field__required">{t('form.required')}</span>
                    </label>
                    {handIn.errors['handIn-units'] ? (
                      <p class="field__error" id="field-handIn-units-error">
                        {t(handIn.errors['handIn-units'])}
                      </p>
                    ) : null}
                    <input
                      type="text"
                      id="field-handIn-units"
                      name="handIn-units"
                      inputmode="numeric"
                      required
                      value={handIn.values['handIn-units'] ?? String(task.units)}
                      aria-invalid={handIn.errors['handIn-units'] ? 'true' : undefined}
                      aria-describedby={handIn.errors['handIn-units'] ? 'field-handIn-units-error' : undefined}
                    />
                  </div>
                  <TextAreaField t={t} name="handIn-note" label="task.handInNote" value={handIn.values['handIn-note']} error={handIn.errors['handIn-note']} />
                  <FileField t={t} name="handIn-files" label="task.handInFiles" hint="task.handInFilesHint" error={handIn.errors['handIn-files']} multiple />
                  <SubmitButton>{t('task.handIn')}</SubmitButton>
                </form>
              </section>

              <section aria-labelledby="give-back-title">
                <h2 id="give-back-title">{t('task.giveBackTitle')}</h2>
                <p>{t('task.giveBackLead')}</p>
                <ErrorSummary t={t} errors={giveBack.errors} labels={{ 'giveBack-note': 'task.giveBackNote' }} />
                <form method="post" action={`/tasks/${task.id}/give-back`} novalidate>
                  <CsrfField c={c} />
                  <TextAreaField t={t} name="giveBack-note" label="task.giveBackNote" value={giveBack.values['giveBack-note']} error={giveBack.errors['giveBack-note']} rows={2} />
                  <SubmitButton secondary>{t('task.giveBack')}</SubmitButton>
                </form>
              </section>
            </>
          ) : null}

          {task.everHeld || task.log.length > 0 ? (
            <section aria-labelledby="log-title">
              <h2 id="log-title">{t('task.logTitle')}</h2>
              {task.log.length > 0 ? <WorkLogTable c={c} entries={task.log} edit={forms.edit} /> : <p>{t('task.logNone')}</p>}
              {task.everHeld ? (
                <>
                  <h3 id="log-add-title">{t('task.logAddTitle')}</h3>
                  <ErrorSummary t={t} errors={log.errors} labels={logLabels('log-')} />
                  <form method="post" action={`/tasks/${task.id}/log`} aria-labelledby="log-add-title" novalidate>
                    <CsrfField c={c} />
                    <WorkLogFields t={t} prefix="log-" values={{ 'log-workedOn': page.today, ...log.values }} errors={log.errors} />
                    <SubmitButton secondary>{t('task.logAdd')}</SubmitButton>
                  </form>
                </>
              ) : null}
            </section>
          ) : null}

          <p>
            <a href="/tasks">{t('absence.back')}</a>
          </p>
        </>
      ),
    },
    status,
  );
}

export function renderMonthPage(c: AppContext, page: { summary: MonthSummary; months: string[]; previous: string; next: string | null }) {
  const { t, locale } = c.var;
  const { summary } = page;
  const monthName = (month: string) => formatMonth(month, locale);
  const yen = (value: number) => formatYen(value, locale);
  const basis = (line: MonthSummary['earned'][number]) =>
    (line.payKind === 'piece'
      ? t('myWork.basisPiece', { units: line.units, unit: line.unitName, rate: yen(line.payRateYen) })
      : t('myWork.basisHour', { time: formatDuration(t, line.minutes), rate: yen(line.payRateYen) })) + trainingRateNote(t, line.trainingRatePercent);
  const earningsTable = (lines: MonthSummary['earned'], caption: string) => (
    <table class="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('task.column.task')}</th>
          <th scope="col">{t('task.column.order')}</th>
          <th scope="col">{t('myWork.basis')}</th>
          <th scope="col">{t('myWork.yen')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr>
            <th scope="row">{line.taskTitle}</th>
            <td>{line.orderTitle}</td>
            <td>{basis(line)}</td>
            <td>{yen(line.yen)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return renderPage(c, {
    title: t('myWork.title', { month: monthName(summary.month) }),
    children: (
      <>
        <p>{t('myWork.lead')}</p>
        <nav class="week-nav" aria-labelledby="month-picker-title">
          <h2 id="month-picker-title" class="visually-hidden">
            {t('myWork.pickerTitle')}
          </h2>
          <a href={`/me/work?month=${page.previous}`}>{t('myWork.previous')}</a>
          {page.next ? <a href={`/me/work?month=${page.next}`}>{t('myWork.next')}</a> : null}
          <form method="get" action="/me/work" class="search-form">
            <div class="field">
              <label for="field-month">{t('myWork.monthLabel')}</label>
              <select id="field-month" name="month">
                {page.months.map((month) => (
                  <option value={month} selected={month === summary.month}>
                    {monthName(month)}
                  </option>
                ))}
              </select>
            </div>
            <SubmitButton secondary>{t('myWork.show')}</SubmitButton>
          </form>
        </nav>

        <section aria-labelledby="totals-title">
          <h2 id="totals-title">{t('myWork.totalsTitle')}</h2>
          <dl class="details">
            <dt>{t('myWork.totalTime')}</dt>
            <dd>{formatDuration(t, summary.totalMinutes)}</dd>
            <dt>{t('myWork.earned')}</dt>
            <dd>{yen(summary.earnedYen)}</dd>
            <dt>{t('myWork.waiting')}</dt>
            <dd>{yen(summary.waitingYen)}</dd>
          </dl>
          <p class="field__hint">{t('myWork.note')}</p>
        </section>

        <section aria-labelledby="days-title">
          <h2 id="days-title">{t('myWork.daysTitle')}</h2>
          {summary.days.length === 0 ? (
            <p>{t('myWork.noneLogged')}</p>
          ) : (
            <table class="data-table">
              <caption>{t('myWork.daysCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('myWork.date')}</th>
                  <th scope="col">{t('myWork.time')}</th>
                </tr>
              </thead>
              <tbody>
                {summary.days.map((day) => (
                  <tr>
                    <th scope="row">{formatBusinessDate(day.date, locale)}</th>
                    <td>{formatDuration(t, day.minutes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        {summary.tasks.length > 0 ? (
          <section aria-labelledby="per-task-title">
            <h2 id="per-task-title">{t('myWork.tasksTitle')}</h2>
            <table class="data-table">
              <caption>{t('myWork.tasksCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('task.column.task')}</th>
                  <th scope="col">{t('task.column.order')}</th>
                  <th scope="col">{t('myWork.time')}</th>
                  <th scope="col">{t('myWork.units')}</th>
                </tr>
              </thead>
              <tbody>
                {summary.tasks.map((task) => (
                  <tr>
                    <th scope="row">
                      <a href={`/tasks/${task.taskId}`}>{task.taskTitle}</a>
                    </th>
                    <td>{task.orderTitle}</td>
                    <td>{formatDuration(t, task.minutes)}</td>
                    <td>{t('task.amount', { units: task.units, unit: task.unitName })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ) : null}

        <section aria-labelledby="earned-title">
          <h2 id="earned-title">{t('myWork.earnedTitle')}</h2>
          {summary.earned.length === 0 ? <p>{t('myWork.noneEarned')}</p> : earningsTable(summary.earned, t('myWork.earnedCaption', { total: yen(summary.earnedYen) }))}
        </section>

        <section aria-labelledby="waiting-title">
          <h2 id="waiting-title">{t('myWork.waitingTitle')}</h2>
          {summary.waiting.length === 0 ? <p>{t('myWork.noneWaiting')}</p> : earningsTable(summary.waiting, t('myWork.waitingCaption', { total: yen(summary.waitingYen) }))}
        </section>
      </>
    ),
  });
}

type ReturnedTask = AbsenceResult['returned'][number];

function ReturnedTaskList(props: { t: Translate; tasks: ReturnedTask[] }) {
  return (
    <ul>
      {props.tasks.map((task) => (
        <li>{props.t('absence.taskLine', { task: task.title, order: task.orderTitle })}</li>
      ))}
    </ul>
  );
}

/** The "I can't work today" confirmation: says exactly what will happen, kindly. */
export function renderAbsencePage(c: AppContext, page: { held: ReturnedTask[]; offers: number }) {
  const { t } = c.var;
  return renderPage(c, {
    title: t('absence.title'),
    children: (
      <>
        <p class="lead">{t('absence.lead')}</p>
        <p>{t('absence.whatHappens')}</p>
        <ul>
          <li>{t('absence.returnsTasks', { count: page.held.length })}</li>
          {page.offers > 0 ? <li>{t('absence.declinesOffers', { count: page.offers })}</li> : null}
          <li>{t('absence.stopsTimer')}</li>
          <li>{t('absence.keeps')}</li>
          <li>{t('absence.tellsLeader')}</li>
        </ul>
        {page.held.length > 0 ? (
          <section aria-labelledby="absence-held-title">
            <h2 id="absence-held-title">{t('absence.heldCaption')}</h2>
            <ReturnedTaskList t={t} tasks={page.held} />
          </section>
        ) : null}
        <form method="post" action="/me/absence">
          <CsrfField c={c} />
          <div class="button-row">
            <SubmitButton>{t('absence.confirm')}</SubmitButton>
            <a href="/tasks">{t('absence.cancel')}</a>
          </div>
        </form>
      </>
    ),
  });
}

export function renderAbsenceDone(c: AppContext, result: AbsenceResult) {
  const { t } = c.var;
  return renderPage(c, {
    title: t('absence.doneTitle'),
    children: (
      <>
        <p class="lead">{t('absence.doneLead')}</p>
        {result.returned.length > 0 ? (
          <section aria-labelledby="absence-returned-title">
            <h2 id="absence-returned-title">{t('absence.doneReturned', { count: result.returned.length })}</h2>
            <ReturnedTaskList t={t} tasks={result.returned} />
          </section>
        ) : (
          <p>{t('absence.doneNoneReturned')}</p>
        )}
        {result.declinedOffers > 0 ? <p>{t('absence.doneDeclined', { count: result.declinedOffers })}</p> : null}
        <p>{t('absence.doneKept')}</p>
        <p>
          <a href="/tasks">{t('absence.back')}</a>
        </p>
      </>
    ),
  });
}
