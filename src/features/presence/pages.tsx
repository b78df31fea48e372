import type { AppContext } from '../../app-env';
import { CsrfField, FormProblem, SelectField, SubmitButton } from '../../ui/form';
import type { FormState } from '../../ui/form-page';
import { formatDateTime } from '../../ui/format';
import type { findMyPresence } from './find-my-presence';
import type { Working } from './list-working';
import { workingHours } from './show-working';

export type PresenceView = {
  working: Working[];
  mine: Awaited<ReturnType<typeof findMyPresence>>;
  /** Whether this person may show themselves here: they work (tasks.work) and are on the team. */
  mayShow: boolean;
  form?: FormState;
};

/** 「いま作業中」 on a team page: who chose to show they are working, a hello for each, and my own showing. */
export function WorkingNowSection(props: { c: AppContext; orderId: string; view: PresenceView }) {
  const { c, orderId, view } = props;
  const { t, locale } = c.var;
  const me = c.var.user!.id;
  const time = (moment: Date) => formatDateTime(moment, locale);
  const mineHere = view.mine?.orderId === orderId ? view.mine : undefined;
  const errors = view.form?.errors ?? {};
  return (
    <section aria-labelledby="working-title">
      <h2 id="working-title">{t('presence.title')}</h2>
      <FormProblem problem={view.form?.problem} />
      {view.working.length === 0 ? (
        <p>{t('presence.nobody')}</p>
      ) : (
        <ul class="working-now">
          {view.working.map((person) =>
            person.userId === me ? (
              <li>{t('presence.you', { since: time(person.since), until: time(person.until) })}</li>
            ) : (
              <li>
                {t('presence.person', { name: person.displayName, since: time(person.since) })}{' '}
                <form method="post" action={`/teams/${orderId}/hello/${person.userId}`} class="inline-form">
                  <CsrfField c={c} />
                  <button type="submit" class="button button--secondary" aria-label={t('presence.helloLabel', { name: person.displayName })}>
                    {t('presence.hello')}
                  </button>
                </form>
              </li>
            ),
          )}
        </ul>
      )}
      <p>{t('presence.privacy')}</p>
      {view.mayShow ? (
        <>
          <h3>{t('presence.mine')}</h3>
          {mineHere ? <p>{t('presence.showingHere', { until: time(mineHere.until) })}</p> : null}
          {view.mine && !mineHere ? <p>{t('presence.showingElsewhere', { order: view.mine.orderTitle })}</p> : null}
          <form method="post" action={`/teams/${orderId}/working`} novalidate>
            <CsrfField c={c} />
            <SelectField
              t={t}
              name="hours"
              label="presence.hours"
              value={view.form?.values?.hours ?? '2'}
              error={errors.hours}
              options={workingHours.map((hours) => ({ value: String(hours), label: t('presence.hoursOption', { hours }) }))}
            />
            <SubmitButton>{t(mineHere ? 'presence.extend' : 'presence.show')}</SubmitButton>
          </form>
          {view.mine ? (
            <form method="post" action={`/teams/${orderId}/working/stop`}>
              <CsrfField c={c} />
              <SubmitButton secondary>{t('presence.stop')}</SubmitButton>
            </form>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
