import type { AppContext } from '../../app-env';
import { ChoiceGroup, CsrfField, ErrorSummary, FormProblem, SubmitButton, TextAreaField } from '../../ui/form';
import type { FormState } from '../../ui/form-page';
import type { MessageKey, Translate } from '../../ui/i18n';
import { renderPage } from '../../ui/layout';
import { daysBetween, type BusinessDate } from '../availability/calendar';
import { formatBusinessDate } from '../availability/format';
import type { WorkerSupporters } from '../supporters/list-worker-supporters';
import { consentTexts } from '../workers/consent-texts';
import type { CheckInPerson } from './list-check-in-people';
import type { CheckIn } from './list-check-ins';
import { conditions } from './validation';

const conditionText = (t: Translate, condition: number) => t(`checkIns.condition.${condition}` as MessageKey);

/** Check-ins newest first: the day, the condition in words, the note. */
function CheckInTable(props: { c: AppContext; checkIns: CheckIn[] }) {
  const { t, locale } = props.c.var;
  if (props.checkIns.length === 0) return <p>{t('checkIns.history.none')}</p>;
  return (
    <table class="data-table">
      <caption>{t('checkIns.history.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('checkIns.col.day')}</th>
          <th scope="col">{t('checkIns.col.condition')}</th>
          <th scope="col">{t('checkIns.col.note')}</th>
        </tr>
      </thead>
      <tbody>
        {props.checkIns.map((entry) => (
          <tr>
            <th scope="row">{formatBusinessDate(entry.checkedInOn, locale)}</th>
            <td>{conditionText(t, entry.condition)}</td>
            <td>{entry.note ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A form of one button that sends `choice` (yes or no) to `action`. */
function ChoiceButton(props: { c: AppContext; action: string; choice: 'yes' | 'no'; text: string; label?: string; secondary?: boolean }) {
  return (
    <form method="post" action={props.action} class="inline-form">
      <CsrfField c={props.c} />
      <input type="hidden" name="choice" value={props.choice} />
      <button type="submit" class={props.secondary ? 'button button--secondary' : 'button'} aria-label={props.label}>
        {props.text}
      </button>
    </form>
  );
}

/** Sharing check-ins with each linked supporter: the consent text and a button to allow, or a button to stop. */
function SupporterSharing(props: { c: AppContext; supporters: WorkerSupporters['active'] }) {
  const { c } = props;
  const { t } = c.var;
  const text = consentTexts.supporter_check_ins;
  return (
    <section aria-labelledby="sharing-title">
      <h2 id="sharing-title">{t('checkIns.sharing.title')}</h2>
      {props.supporters.length === 0 ? <p>{t('checkIns.sharing.none')}</p> : null}
      {props.supporters.map((link) => (
        <div>
          <h3>{link.displayName}</h3>
          {link.sharesCheckIns ? (
            <>
              <p>{t('checkIns.sharing.sharedNow', { name: link.displayName })}</p>
              <ChoiceButton c={c} action={`/me/check-in/supporters/${link.supporterId}`} choice="no" text={t('checkIns.sharing.stop')} label={t('checkIns.sharing.stopFor', { name: link.displayName })} secondary />
            </>
          ) : (
            <>
              <p>{t('checkIns.sharing.notShared', { name: link.displayName })}</p>
              <div class="consent-text">
                <h4>{t(text.title)}</h4>
                <p>{t(text.body)}</p>
              </div>
              <ChoiceButton c={c} action={`/me/check-in/supporters/${link.supporterId}`} choice="yes" text={t('checkIns.sharing.allow')} label={t('checkIns.sharing.allowFor', { name: link.displayName })} secondary />
            </>
          )}
        </div>
      ))}
    </section>
  );
}

/** /me/check-in: on or off, today's check-in, the last 14 days, and which supporters see them. */
export function renderMyCheckIn(
  c: AppContext,
  page: { enabled: boolean; today: BusinessDate; checkIns: CheckIn[]; supporters: WorkerSupporters['active']; state?: FormState; notice?: string | undefined },
  status: 200 | 400 | 409 = 200,
) {
  const { t } = c.var;
  const state = page.state ?? {};
  const todays = page.checkIns.find((entry) => entry.checkedInOn === page.today);
  const values = state.values ?? (todays ? { condition: String(todays.condition), note: todays.note ?? '' } : {});
  const errors = state.errors ?? {};
  return renderPage(
    c,
    {
      title: t('checkIns.mine.title'),
      notice: page.notice,
      children: (
        <>
          <p>{t('checkIns.mine.lead')}</p>
          <p>{t('checkIns.privacy')}</p>
          <FormProblem problem={state.problem} />
          <section aria-labelledby="switch-title">
            <h2 id="switch-title">{t('checkIns.switch.title')}</h2>
            <p>{t(page.enabled ? 'checkIns.switch.onNow' : 'checkIns.switch.offNow')}</p>
            {page.enabled ? <p>{t('checkIns.switch.offNote')}</p> : null}
            <ChoiceButton c={c} action="/me/check-in/settings" choice={page.enabled ? 'no' : 'yes'} text={t(page.enabled ? 'checkIns.switch.turnOff' : 'checkIns.switch.turnOn')} secondary={page.enabled} />
          </section>
          {page.enabled ? (
            <>
              <section aria-labelledby="today-title">
                <h2 id="today-title">{t('checkIns.today.title')}</h2>
                {todays ? <p>{t('checkIns.today.already')}</p> : null}
                <ErrorSummary t={t} errors={errors} labels={{ condition: 'checkIns.condition', note: 'checkIns.note' }} />
                <form method="post" action="/me/check-in" novalidate>
                  <CsrfField c={c} />
                  <ChoiceGroup
                    t={t}
                    type="radio"
                    name="condition"
                    legend="checkIns.condition"
                    options={conditions.map((condition) => ({ value: String(condition), label: conditionText(t, condition) }))}
                    checked={values.condition ? [values.condition] : []}
                    error={errors.condition}
                    required
                  />
                  <TextAreaField t={t} name="note" label="checkIns.note" hint="checkIns.noteHint" value={values.note} error={errors.note} rows={3} />
                  <SubmitButton>{t('checkIns.save')}</SubmitButton>
                </form>
              </section>
              <section aria-labelledby="history-title">
                <h2 id="history-title">{t('checkIns.history.title')}</h2>
                <CheckInTable c={c} checkIns={page.checkIns} />
              </section>
              <SupporterSharing c={c} supporters={page.supporters} />
            </>
          ) : null}
        </>
      ),
    },
    status,
  );
}

/** How to reach someone: a tel: link, or 「文字で連絡してください」 when they asked for text only; always a message link. */
function Contact(props: { c: AppContext; person: CheckInPerson }) {
  const { t } = props.c.var;
  const { person } = props;
  return (
    <>
      {person.byText ? (
        <p>
          <strong>{t('checkIns.contact.byText')}</strong>
        </p>
      ) : person.phone ? (
        <p>
          <a href={`tel:${person.phone.replace(/[^\d+]/g, '')}`}>{t('checkIns.contact.call', { phone: person.phone })}</a>
        </p>
      ) : (
        <p>{t('checkIns.contact.noPhone')}</p>
      )}
      <p>
        <a href={`/messages/${person.id}`} aria-label={t('checkIns.contact.messageTo', { name: person.displayName })}>
          {t('checkIns.contact.message')}
        </a>
      </p>
    </>
  );
}

const lastText = (c: AppContext, lastOn: BusinessDate | null) => (lastOn ? formatBusinessDate(lastOn, c.var.locale) : c.var.t('checkIns.last.none'));

/** /check-ins: who may need a call (why, last check-in, how to reach them), then everyone who checks in. */
export function renderCheckInPeople(c: AppContext, page: { people: CheckInPerson[]; today: BusinessDate }) {
  const { t } = c.var;
  const needCall = page.people.filter((person) => person.reasons.length > 0);
  const why = (person: CheckInPerson) =>
    person.reasons.map((reason) => (reason === 'silent' ? t('checkIns.why.silent', { days: daysBetween(person.lastOn!, page.today) }) : t('checkIns.why.low')));
  return renderPage(c, {
    title: t('checkIns.people.title'),
    children: (
      <>
        <p>{t('checkIns.people.lead')}</p>
        <section aria-labelledby="need-call-title">
          <h2 id="need-call-title">{t('checkIns.needCall.title')}</h2>
          {needCall.length === 0 ? (
            <p>{t('checkIns.needCall.none')}</p>
          ) : (
            <table class="data-table">
              <caption>{t('checkIns.needCall.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('checkIns.col.person')}</th>
                  <th scope="col">{t('checkIns.col.why')}</th>
                  <th scope="col">{t('checkIns.col.last')}</th>
                  <th scope="col">{t('checkIns.col.contact')}</th>
                </tr>
              </thead>
              <tbody>
                {needCall.map((person) => (
                  <tr>
                    <th scope="row">
                      <a href={`/check-ins/${person.id}`}>{person.displayName}</a>
                    </th>
                    <td>
                      {why(person).map((text) => (
                        <p>{text}</p>
                      ))}
                    </td>
                    <td>{lastText(c, person.lastOn)}</td>
                    <td>
                      <Contact c={c} person={person} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section aria-labelledby="all-title">
          <h2 id="all-title">{t('checkIns.all.title')}</h2>
          {page.people.length === 0 ? (
            <p>{t('checkIns.all.none')}</p>
          ) : (
            <table class="data-table">
              <caption>{t('checkIns.all.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('checkIns.col.person')}</th>
                  <th scope="col">{t('checkIns.col.last')}</th>
                </tr>
              </thead>
              <tbody>
                {page.people.map((person) => (
                  <tr>
                    <th scope="row">
                      <a href={`/check-ins/${person.id}`}>{person.displayName}</a>
                    </th>
                    <td>{lastText(c, person.lastOn)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </>
    ),
  });
}

/**
 * One person's recent check-ins, for a coordinator (with how to reach them) or for a supporter
 * they share them with (with the way back to their page).
 */
export function renderPersonCheckIns(c: AppContext, page: { person: CheckInPerson; checkIns: CheckIn[]; viewer: 'coordinator' | 'supporter' }) {
  const { t } = c.var;
  const { person } = page;
  const coordinator = page.viewer === 'coordinator';
  return renderPage(c, {
    title: t('checkIns.person.title', { name: person.displayName }),
    children: (
      <>
        <p>{t(coordinator ? 'checkIns.person.lead' : 'checkIns.supporter.lead')}</p>
        {coordinator ? <Contact c={c} person={person} /> : null}
        <h2>{t('checkIns.history.title')}</h2>
        <CheckInTable c={c} checkIns={page.checkIns} />
        <p>
          {coordinator ? (
            <a href="/check-ins">{t('checkIns.person.back')}</a>
          ) : (
            <a href={`/supporter/workers/${person.id}`}>{t('checkIns.supporter.back', { name: person.displayName })}</a>
          )}
        </p>
      </>
    ),
  });
}
