import type { AppContext } from '../../app-env';
import { ChoiceGroup, CsrfField, SelectField, SubmitButton, TextAreaField, TextField } from '../../ui/form';
import { renderFormPage, type FormPageStatus, type FormState } from '../../ui/form-page';
import type { Translate } from '../../ui/i18n';
import { renderPage } from '../../ui/layout';
import { formatDateTime } from '../../ui/format';
import { clockTime } from '../availability/calendar';
import { japanDateMinute } from '../bookings/booking-time';
import { whenText } from '../bookings/pages';
import type { AnswerCounts } from './count-answers';
import { capacityOf, type EventRow } from './event-ways';
import type { ListedEvent } from './list-events';
import type { AnswerRow, EventView } from './load-event';
import { attendanceModes, eventKinds, type AttendanceMode } from './schema';

const modeLabel = { in_person: 'events.mode.in_person', online: 'events.mode.online' } as const;

/** Places left for each way the event offers, in words: 「会場: 残り3席」「オンライン: 満席（2人待ち）」. */
function PlacesLeft(props: { t: Translate; event: EventRow; counts: AnswerCounts }) {
  const { t, event, counts } = props;
  return (
    <ul>
      {attendanceModes.map((mode) => {
        const capacity = capacityOf(event, mode);
        if (capacity === null) return null;
        const left = capacity - counts[mode].going;
        return (
          <li>
            {t('events.places.line', { mode: t(modeLabel[mode]), places: left > 0 ? t('events.places.left', { left, capacity }) : t('events.places.full', { waiting: counts[mode].waiting }) })}
          </li>
        );
      })}
    </ul>
  );
}

function EventStatus(props: { t: Translate; event: EventRow; now: Date }) {
  const { t, event, now } = props;
  if (event.cancelledAt) return <strong>{t('events.status.cancelled')}</strong>;
  if (event.endsAt <= now) return <span>{t('events.status.over')}</span>;
  return null;
}

function EventTable(props: { c: AppContext; caption: string; events: ListedEvent[]; href: (event: ListedEvent) => string; showMine: boolean; now: Date }) {
  const { t, locale } = props.c.var;
  return (
    <table>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('events.column.event')}</th>
          <th scope="col">{t('events.column.when')}</th>
          <th scope="col">{t('events.column.places')}</th>
          {props.showMine ? <th scope="col">{t('events.column.mine')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {props.events.map((event) => (
          <tr>
            <th scope="row">
              <a href={props.href(event)}>{event.title}</a> <EventStatus t={t} event={event} now={props.now} />
              <span class="kana">{t(`events.kind.${event.kind}`)}</span>
            </th>
            <td>{whenText(t, locale, event.startsAt, event.endsAt)}</td>
            <td>
              <PlacesLeft t={t} event={event} counts={event.counts} />
            </td>
            {props.showMine ? <td>{event.mine ? t(`events.mine.${event.mine.status}`, { mode: t(modeLabel[event.mine.mode]) }) : t('events.mine.none')}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function renderEventList(c: AppContext, page: { upcoming: ListedEvent[]; past: ListedEvent[]; now: Date }) {
  const { t } = c.var;
  return renderPage(c, {
    title: t('events.list.title'),
    children: (
      <>
        <p>{t('events.list.lead')}</p>
        {page.upcoming.length === 0 ? (
          <p>{t('events.list.none')}</p>
        ) : (
          <EventTable c={c} caption={t('events.list.upcoming')} events={page.upcoming} href={(event) => `/events/${event.id}`} showMine now={page.now} />
        )}
        {page.past.length > 0 ? <EventTable c={c} caption={t('events.list.past')} events={page.past} href={(event) => `/events/${event.id}`} showMine={false} now={page.now} /> : null}
      </>
    ),
  });
}

export function renderManageList(c: AppContext, page: { upcoming: ListedEvent[]; past: ListedEvent[]; now: Date; notice?: string | undefined }) {
  const { t } = c.var;
  return renderPage(c, {
    title: t('events.manage.title'),
    notice: page.notice,
    children: (
      <>
        <p>
          <a class="button" href="/events/manage/new">
            {t('events.manage.new')}
          </a>
        </p>
        {page.upcoming.length === 0 ? <p>{t('events.list.none')}</p> : null}
        {page.upcoming.length > 0 ? <EventTable c={c} caption={t('events.list.upcoming')} events={page.upcoming} href={(event) => `/events/manage/${event.id}`} showMine={false} now={page.now} /> : null}
        {page.past.length > 0 ? <EventTable c={c} caption={t('events.list.past')} events={page.past} href={(event) => `/events/manage/${event.id}`} showMine={false} now={page.now} /> : null}
      </>
    ),
  });
}

/** The form's fields as an event is now. */
export function eventValues(event: EventRow): Record<string, string> {
  return {
    kind: event.kind,
    title: event.title,
    description: event.description,
    date: japanDateMinute(event.startsAt).date,
    start: clockTime(japanDateMinute(event.startsAt).minute),
    end: clockTime(japanDateMinute(event.endsAt).minute),
    place: event.place ?? '',
    inPersonCapacity: event.inPersonCapacity === null ? '' : String(event.inPersonCapacity),
    onlineUrl: event.onlineUrl ?? '',
    onlineCapacity: event.onlineCapacity === null ? '' : String(event.onlineCapacity),
  };
}

export function renderEventForm(c: AppContext, state: FormState, options: { action: string; editing: boolean }, status: FormPageStatus = 200) {
  const { t } = c.var;
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  return renderFormPage(
    c,
    {
      title: options.editing ? t('events.form.editTitle') : t('events.form.title'),
      lead: 'events.form.lead',
      action: options.action,
      submit: options.editing ? 'events.form.save' : 'events.form.create',
      state,
      labels: {
        kind: 'events.form.kind',
        title: 'events.form.eventTitle',
        description: 'events.form.description',
        date: 'events.form.date',
        start: 'events.form.start',
        end: 'events.form.end',
        place: 'events.form.place',
        inPersonCapacity: 'events.form.inPersonCapacity',
        onlineUrl: 'events.form.onlineUrl',
        onlineCapacity: 'events.form.onlineCapacity',
      },
      fields: (
        <>
          <SelectField t={t} name="kind" label="events.form.kind" options={eventKinds.map((kind) => ({ value: kind, label: t(`events.kind.${kind}`) }))} value={values.kind} error={errors.kind} required />
          <TextField t={t} name="title" label="events.form.eventTitle" value={values.title} error={errors.title} required />
          <TextAreaField t={t} name="description" label="events.form.description" hint="events.form.descriptionHint" value={values.description} error={errors.description} />
          <TextField t={t} name="date" type="date" label="events.form.date" value={values.date} error={errors.date} required />
          <div class="time-span">
            <TextField t={t} name="start" label="events.form.start" hint="events.form.timeHint" value={values.start} error={errors.start} required />
            <TextField t={t} name="end" label="events.form.end" hint="events.form.timeHint" value={values.end} error={errors.end} required />
          </div>
          <fieldset class="field">
            <legend>{t('events.form.inPerson')}</legend>
            <TextField t={t} name="place" label="events.form.place" hint="events.form.placeHint" value={values.place} error={errors.place} />
            <TextField t={t} name="inPersonCapacity" label="events.form.inPersonCapacity" inputmode="numeric" value={values.inPersonCapacity} error={errors.inPersonCapacity} />
          </fieldset>
          <fieldset class="field">
            <legend>{t('events.form.online')}</legend>
            <TextField t={t} name="onlineUrl" label="events.form.onlineUrl" hint="events.form.onlineUrlHint" value={values.onlineUrl} error={errors.onlineUrl} spellcheck={false} />
            <TextField t={t} name="onlineCapacity" label="events.form.onlineCapacity" inputmode="numeric" value={values.onlineCapacity} error={errors.onlineCapacity} />
          </fieldset>
        </>
      ),
    },
    status,
  );
}

function EventDetails(props: { t: Translate; c: AppContext; event: EventRow; showLink: boolean }) {
  const { t, event } = props;
  const { locale } = props.c.var;
  return (
    <dl class="details">
      <dt>{t('events.column.kind')}</dt>
      <dd>{t(`events.kind.${event.kind}`)}</dd>
      <dt>{t('events.column.when')}</dt>
      <dd>{whenText(t, locale, event.startsAt, event.endsAt)}</dd>
      {capacityOf(event, 'in_person') !== null ? (
        <>
          <dt>{t('events.column.place')}</dt>
          <dd>{event.place}</dd>
        </>
      ) : null}
      {capacityOf(event, 'online') !== null ? (
        <>
          <dt>{t('events.column.online')}</dt>
          <dd>{props.showLink ? <a href={event.onlineUrl!}>{event.onlineUrl}</a> : t('events.page.linkLater')}</dd>
        </>
      ) : null}
      {event.description ? (
        <>
          <dt>{t('events.column.description')}</dt>
          <dd>{event.description}</dd>
        </>
      ) : null}
    </dl>
  );
}

function Report(props: { t: Translate; c: AppContext; event: EventRow }) {
  const { t, event } = props;
  if (!event.report || !event.reportedAt) return null;
  return (
    <section aria-labelledby="report-heading">
      <h2 id="report-heading">{t('events.report.heading')}</h2>
      {event.report.split(/\n\s*\n/).map((paragraph) => (
        <p>{paragraph}</p>
      ))}
      <p class="field__hint">{t('events.report.writtenAt', { at: formatDateTime(event.reportedAt, props.c.var.locale) })}</p>
    </section>
  );
}

/** A person's page of an event: what and when, places left, their answer and how to change it, and afterwards the report. */
export function renderEventPage(c: AppContext, event: EventView, options: { now: Date; notice?: string | undefined; problem?: string | undefined; staff: boolean; confirmWithdraw?: boolean }, status: 200 | 400 | 409 = 200) {
  const { t } = c.var;
  const mine = event.mine;
  const open = !event.cancelledAt && event.startsAt > options.now;
  const offered = attendanceModes.filter((mode) => capacityOf(event, mode) !== null);
  const choices = offered.filter((mode) => mode !== mine?.mode);
  const wentOrStaff = options.staff || mine?.status === 'going';
  return renderPage(
    c,
    {
      title: event.title,
      notice: options.notice,
      children: (
        <>
          {options.problem ? (
            <p class="form-problem" role="alert">
              {options.problem}
            </p>
          ) : null}
          {event.cancelledAt ? <p class="notice">{t('events.page.cancelled')}</p> : null}
          <EventDetails t={t} c={c} event={event} showLink={mine?.status === 'going' && mine.mode === 'online'} />
          {open ? <PlacesLeft t={t} event={event} counts={event.counts} /> : null}
          <section aria-labelledby="answer-heading">
            <h2 id="answer-heading">{t('events.page.answerHeading')}</h2>
            <p>
              {mine
                ? mine.status === 'going'
                  ? t('events.page.going', { mode: t(modeLabel[mine.mode]) })
                  : t('events.page.waiting', { mode: t(modeLabel[mine.mode]), position: mine.position ?? 1 })
                : t('events.page.noAnswer')}
            </p>
            {!open && !event.cancelledAt ? <p>{t('events.page.closed')}</p> : null}
            {open && choices.length > 0 ? (
              <form method="post" action={`/events/${event.id}/answer`} novalidate>
                <CsrfField c={c} />
                <ChoiceGroup
                  t={t}
                  type="radio"
                  name="mode"
                  legend={mine ? 'events.page.changeLegend' : 'events.page.answerLegend'}
                  hint="events.page.modeHint"
                  options={choices.map((mode: AttendanceMode) => ({ value: mode, label: t(modeLabel[mode]) }))}
                  checked={choices.length === 1 ? choices : []}
                  required
                />
                <SubmitButton>{t(mine ? 'events.page.change' : 'events.page.answer')}</SubmitButton>
              </form>
            ) : null}
            {open && mine && options.confirmWithdraw ? (
              <form method="post" action={`/events/${event.id}/withdraw`}>
                <CsrfField c={c} />
                <p class="notice">{t(mine.status === 'going' ? 'events.page.withdrawConfirmGoing' : 'events.page.withdrawConfirmWaiting')}</p>
                <div class="button-row">
                  <SubmitButton>{t('events.page.withdraw')}</SubmitButton>
                  <a href={`/events/${event.id}`}>{t('events.page.keep')}</a>
                </div>
              </form>
            ) : null}
            {open && mine && !options.confirmWithdraw ? (
              <p>
                <a class="button button--secondary" href={`/events/${event.id}/withdraw`}>
                  {t('events.page.withdraw')}
                </a>
              </p>
            ) : null}
          </section>
          {event.endsAt <= options.now && wentOrStaff ? <Report t={t} c={c} event={event} /> : null}
          {options.staff ? (
            <p>
              <a href={`/events/manage/${event.id}`}>{t('events.page.staffPage')}</a>
            </p>
          ) : null}
          <p>
            <a href="/events">{t('events.page.back')}</a>
          </p>
        </>
      ),
    },
    status,
  );
}

function AnswerTable(props: { c: AppContext; event: EventRow; mode: AttendanceMode; answers: AnswerRow[]; started: boolean }) {
  const { c, event, mode, started } = props;
  const { t } = c.var;
  const answers = props.answers.filter((answer) => answer.mode === mode);
  let waiting = 0;
  return (
    <table>
      <caption>{t('events.staff.caption', { mode: t(modeLabel[mode]), capacity: capacityOf(event, mode) ?? 0 })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('events.staff.name')}</th>
          <th scope="col">{t('events.staff.status')}</th>
          <th scope="col">{t('events.staff.attended')}</th>
        </tr>
      </thead>
      <tbody>
        {answers.map((answer) => (
          <tr>
            <th scope="row">{answer.name}</th>
            <td>{answer.status === 'going' ? t('events.staff.going') : t('events.staff.waiting', { position: ++waiting })}</td>
            <td>
              {answer.status !== 'going' ? null : (
                <>
                  {answer.attended === null ? t('events.staff.notMarked') : t(answer.attended ? 'events.staff.came' : 'events.staff.didNotCome')}
                  {started ? (
                    <form method="post" action={`/events/manage/${event.id}/attendance`} class="button-row">
                      <CsrfField c={c} />
                      <input type="hidden" name="rsvpId" value={answer.id} />
                      <button type="submit" name="attended" value="yes" class="button button--secondary" aria-label={t('events.staff.markCame', { name: answer.name })}>
                        {t('events.staff.came')}
                      </button>
                      <button type="submit" name="attended" value="no" class="button button--secondary" aria-label={t('events.staff.markDidNotCome', { name: answer.name })}>
                        {t('events.staff.didNotCome')}
                      </button>
                    </form>
                  ) : null}
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Staff's page of an event: its answers per way in order, the reminder, attendance, the report, editing and cancelling. */
export function renderStaffEventPage(
  c: AppContext,
  page: { event: EventRow; counts: AnswerCounts; answers: AnswerRow[]; now: Date; notice?: string | undefined; problem?: string | undefined; report?: FormState },
  status: 200 | 400 | 409 = 200,
) {
  const { t, locale } = c.var;
  const { event, now } = page;
  const live = !event.cancelledAt && event.endsAt > now;
  const started = event.startsAt <= now;
  const ended = event.endsAt <= now;
  const base = `/events/manage/${event.id}`;
  return renderPage(
    c,
    {
      title: event.title,
      notice: page.notice,
      children: (
        <>
          {page.problem ? (
            <p class="form-problem" role="alert">
              {page.problem}
            </p>
          ) : null}
          {event.cancelledAt ? <p class="notice">{t('events.page.cancelled')}</p> : null}
          <EventDetails t={t} c={c} event={event} showLink />
          <PlacesLeft t={t} event={event} counts={page.counts} />
          <div class="button-row">
            {live && !started ? (
              <a class="button button--secondary" href={`${base}/edit`}>
                {t('events.staff.edit')}
              </a>
            ) : null}
            <a href={`/events/${event.id}`}>{t('events.staff.peoplePage')}</a>
          </div>
          <section aria-labelledby="reminder-heading">
            <h2 id="reminder-heading">{t('events.staff.reminderHeading')}</h2>
            {event.reminderSentAt ? (
              <p>{t('events.staff.reminderSent', { at: formatDateTime(event.reminderSentAt, locale) })}</p>
            ) : live ? (
              <form method="post" action={`${base}/remind`}>
                <CsrfField c={c} />
                <p>{t('events.staff.reminderLead')}</p>
                <SubmitButton>{t('events.staff.remind')}</SubmitButton>
              </form>
            ) : (
              <p>{t('events.staff.reminderNotSent')}</p>
            )}
          </section>
          <section aria-labelledby="answers-heading">
            <h2 id="answers-heading">{t('events.staff.answersHeading')}</h2>
            {page.answers.length === 0 ? <p>{t('events.staff.noAnswers')}</p> : null}
            {attendanceModes
              .filter((mode) => capacityOf(event, mode) !== null || page.answers.some((answer) => answer.mode === mode))
              .map((mode) => (
                <AnswerTable c={c} event={event} mode={mode} answers={page.answers} started={started && !event.cancelledAt} />
              ))}
          </section>
          {ended && !event.cancelledAt ? (
            <section aria-labelledby="report-form-heading">
              <h2 id="report-form-heading">{t('events.report.formHeading')}</h2>
              <form method="post" action={`${base}/report`} novalidate>
                <CsrfField c={c} />
                <TextAreaField
                  t={t}
                  name="report"
                  label="events.report.label"
                  hint="events.report.hint"
                  value={page.report?.values?.report ?? event.report ?? ''}
                  error={page.report?.errors?.report}
                  rows={6}
                  required
                />
                <SubmitButton>{t('events.report.save')}</SubmitButton>
              </form>
            </section>
          ) : null}
          {live ? (
            <section aria-labelledby="cancel-heading">
              <h2 id="cancel-heading">{t('events.staff.cancelHeading')}</h2>
              <form method="post" action={`${base}/cancel`}>
                <CsrfField c={c} />
                <p>{t('events.staff.cancelLead')}</p>
                <SubmitButton secondary>{t('events.staff.cancel')}</SubmitButton>
              </form>
            </section>
          ) : null}
          <p>
            <a href="/events/manage">{t('events.staff.back')}</a>
          </p>
        </>
      ),
    },
    status,
  );
}
