import type { AppContext } from '../../app-env';
import { can } from '../../auth/policy';
import { CsrfField, ErrorSummary, FormProblem, SubmitButton, TextAreaField } from '../../ui/form';
import { prefixedFormState, type FormState } from '../../ui/form-page';
import type { Locale, MessageKey, Translate } from '../../ui/i18n';
import { formatDateTime } from '../../ui/format';
import { renderPage } from '../../ui/layout';
import { nextRole, nextStep, type PathRole } from './career-path';
import type { gatherProgress, ReviewFigures } from './gather-progress';
import type { listPathPeople } from './list-path-people';
import type { PromotionEntry } from './list-promotions';

type Progress = Awaited<ReturnType<typeof gatherProgress>>;
type Person = { id: string; displayName: string; role: PathRole };

/** The share of reviewed hand-ins that were returned, as a whole percent; "—" while none was reviewed. */
export function returnRateText(review: Pick<ReviewFigures, 'reviewed' | 'returned'>, locale: Locale): string {
  if (review.reviewed === 0) return '—';
  return new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(review.returned / review.reviewed);
}

const stepText = (t: Translate, entry: { fromRole: string; toRole: string }) =>
  t('promotions.step', { from: t(`role.${entry.fromRole}` as MessageKey), to: t(`role.${entry.toRole}` as MessageKey) });

const refusals: Record<'top' | 'self' | 'aboveProposer' | 'open', MessageKey> = {
  top: 'promotion.refused.top',
  self: 'promotion.refused.self',
  aboveProposer: 'promotion.refused.aboveProposer',
  open: 'promotion.refused.open',
};

/** Why a proposal cannot be made, in words. */
export function refusalText(t: Translate, refusal: { problem: keyof typeof refusals; role: PathRole }): string {
  return t(refusals[refusal.problem], { role: t(`role.${refusal.role}`) });
}

/** One proposal: the step, who proposed it and why, and what was decided. */
function PromotionFacts(props: { c: AppContext; entry: PromotionEntry }) {
  const { t, locale } = props.c.var;
  const { entry } = props;
  const someone = t('promotion.unknownPerson');
  return (
    <dl class="details">
      <dt>{t('promotion.proposedOn')}</dt>
      <dd>{formatDateTime(entry.proposedAt, locale)}</dd>
      <dt>{t('promotion.proposedBy')}</dt>
      <dd>{entry.proposerName ?? someone}</dd>
      <dt>{t('promotion.reason')}</dt>
      <dd>{entry.reason}</dd>
      <dt>{t('promotion.state')}</dt>
      <dd>{t(entry.decision ? `promotion.${entry.decision}` : 'promotion.open')}</dd>
      {entry.decidedAt ? (
        <>
          <dt>{t('promotion.decidedBy')}</dt>
          <dd>{entry.deciderName ?? someone}</dd>
          <dt>{t('promotion.decidedOn')}</dt>
          <dd>{formatDateTime(entry.decidedAt, locale)}</dd>
        </>
      ) : null}
      {entry.decisionNote ? (
        <>
          <dt>{t('promotion.note')}</dt>
          <dd>{entry.decisionNote}</dd>
        </>
      ) : null}
    </dl>
  );
}

/** The form to propose the next step, or why there is none; only for proposers looking at someone else. */
function ProposeSection(props: { c: AppContext; person: Person; history: PromotionEntry[]; state: FormState }) {
  const { c, person } = props;
  const { t } = c.var;
  const step = nextStep(person, c.var.user!);
  const open = props.history.some((entry) => !entry.decision);
  const values = props.state.values ?? {};
  const errors = props.state.errors ?? {};
  return (
    <section aria-labelledby="propose-title">
      <h2 id="propose-title">{t('promotion.propose.title')}</h2>
      <FormProblem problem={props.state.problem} />
      {!step.ok ? (
        <p>{refusalText(t, step)}</p>
      ) : open ? (
        <p>{refusalText(t, { problem: 'open', role: step.toRole })}</p>
      ) : (
        <form method="post" action={`/people/${person.id}/promotions`} novalidate>
          <CsrfField c={c} />
          <p>{t('promotion.propose.lead', { from: t(`role.${person.role}`), to: t(`role.${step.toRole}`) })}</p>
          <ErrorSummary t={t} errors={errors} labels={{ reason: 'promotion.propose.reason' }} />
          <TextAreaField t={t} name="reason" label="promotion.propose.reason" hint="promotion.propose.reasonHint" value={values.reason} error={errors.reason} required rows={5} />
          <SubmitButton>{t('promotion.propose.submit')}</SubmitButton>
        </form>
      )}
    </section>
  );
}

/**
 * A person's progress on the path: role and next step, courses, sessions, assessments, skills,
 * review figures and the history of proposals; for proposers also the form to propose the next step.
 */
export function renderProgressPage(
  c: AppContext,
  page: { person: Person; progress: Progress; history: PromotionEntry[]; own: boolean; propose?: FormState; notice?: string | undefined },
  status: 200 | 400 | 409 = 200,
) {
  const { t, locale } = c.var;
  const { person, progress } = page;
  const next = nextRole(person.role);
  return renderPage(
    c,
    {
      title: page.own ? t('growth.mineTitle') : t('growth.title', { name: person.displayName }),
      notice: page.notice,
      children: (
        <>
          <p>{t(page.own ? 'growth.mineLead' : 'growth.lead')}</p>
          <dl class="details">
            <dt>{t('growth.role')}</dt>
            <dd>{t(`role.${person.role}`)}</dd>
            <dt>{t('growth.next')}</dt>
            <dd>{next ? t(`role.${next}`) : t('growth.noNext')}</dd>
          </dl>
          {page.own ? (
            <p>
              <a href="/me/training">{t('growth.toMyTraining')}</a>
            </p>
          ) : null}
          <h2>{t('growth.courses')}</h2>
          {progress.completions.length === 0 ? (
            <p>{t('growth.noCourses')}</p>
          ) : (
            <table class="data-table">
              <caption>{t('growth.coursesCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('growth.col.course')}</th>
                  <th scope="col">{t('growth.col.date')}</th>
                </tr>
              </thead>
              <tbody>
                {progress.completions.map((row) => (
                  <tr>
                    <th scope="row">{row.title}</th>
                    <td>{formatDateTime(row.completedAt, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2>{t('growth.sessions')}</h2>
          {progress.attended.length === 0 ? (
            <p>{t('growth.noSessions')}</p>
          ) : (
            <table class="data-table">
              <caption>{t('growth.sessionsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('growth.col.course')}</th>
                  <th scope="col">{t('growth.col.when')}</th>
                </tr>
              </thead>
              <tbody>
                {progress.attended.map((row) => (
                  <tr>
                    <th scope="row">{row.title}</th>
                    <td>{formatDateTime(row.startsAt, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2>{t('growth.assessments')}</h2>
          {progress.passed.length === 0 ? (
            <p>{t('growth.noAssessments')}</p>
          ) : (
            <table class="data-table">
              <caption>{t('growth.assessmentsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('growth.col.assessment')}</th>
                  <th scope="col">{t('growth.col.course')}</th>
                  <th scope="col">{t('growth.col.score')}</th>
                  <th scope="col">{t('growth.col.date')}</th>
                </tr>
              </thead>
              <tbody>
                {progress.passed.map((row) => (
                  <tr>
                    <th scope="row">{row.title}</th>
                    <td>{row.courseTitle}</td>
                    <td class="numeric">{t('growth.score', { score: row.scorePercent })}</td>
                    <td>{formatDateTime(row.takenAt, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2>{t('growth.skills')}</h2>
          {progress.skills.length === 0 ? (
            <p>{t('growth.noSkills')}</p>
          ) : (
            <table class="data-table">
              <caption>{t('growth.skillsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('growth.col.skill')}</th>
                  <th scope="col">{t('growth.col.level')}</th>
                  <th scope="col">{t('growth.col.source')}</th>
                </tr>
              </thead>
              <tbody>
                {progress.skills.map((row) => (
                  <tr>
                    <th scope="row">{t(`skill.${row.skill}` as MessageKey)}</th>
                    <td>{t(`skillLevel.${row.level}` as MessageKey)}</td>
                    <td>{t(`skillSource.${row.source}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2>{t('growth.ojt')}</h2>
          <p>{t('growth.ojtCounts')}</p>
          <dl class="details">
            <dt>{t('growth.ojtReviewed')}</dt>
            <dd>{t('growth.count', { count: progress.review.reviewed })}</dd>
            <dt>{t('growth.ojtAccepted')}</dt>
            <dd>{t('growth.count', { count: progress.review.accepted })}</dd>
            <dt>{t('growth.ojtReturned')}</dt>
            <dd>{t('growth.count', { count: progress.review.returned })}</dd>
            <dt>{t('growth.ojtReturnRate')}</dt>
            <dd>
              {returnRateText(progress.review, locale)}
              <span class="field__hint"> {t('growth.ojtReturnRateHint')}</span>
            </dd>
          </dl>
          <h2>{t('growth.history')}</h2>
          {page.history.length === 0 ? (
            <p>{t('growth.noHistory')}</p>
          ) : (
            page.history.map((entry) => (
              <section aria-labelledby={`promotion-${entry.id}`}>
                <h3 id={`promotion-${entry.id}`}>{stepText(t, entry)}</h3>
                <PromotionFacts c={c} entry={entry} />
              </section>
            ))
          )}
          {!page.own && can(c.var.user, 'promotions.propose') ? <ProposeSection c={c} person={person} history={page.history} state={page.propose ?? {}} /> : null}
        </>
      ),
    },
    status,
  );
}

/** /people/progress: everyone on the path, for proposers. */
export function renderPathPeople(c: AppContext, people: Awaited<ReturnType<typeof listPathPeople>>) {
  const { t, locale } = c.var;
  return renderPage(c, {
    title: t('pathPeople.title'),
    children: (
      <>
        <p>{t('pathPeople.lead')}</p>
        {people.length === 0 ? (
          <p>{t('pathPeople.none')}</p>
        ) : (
          <table class="data-table">
            <caption>{t('pathPeople.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pathPeople.col.name')}</th>
                <th scope="col">{t('pathPeople.col.role')}</th>
                <th scope="col">{t('pathPeople.col.courses')}</th>
                <th scope="col">{t('pathPeople.col.returnRate')}</th>
                <th scope="col">{t('pathPeople.col.proposal')}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((person) => (
                <tr>
                  <th scope="row">
                    <a href={`/people/${person.id}/progress`}>{person.displayName}</a>
                  </th>
                  <td>{t(`role.${person.role}`)}</td>
                  <td class="numeric">{person.coursesDone}</td>
                  <td class="numeric">{returnRateText(person, locale)}</td>
                  <td>{person.openProposal ? t('pathPeople.proposalOpen') : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </>
    ),
  });
}

/** /promotions: the proposals waiting for sign-off, oldest first. */
export function renderOpenPromotions(c: AppContext, open: PromotionEntry[], notice: string | undefined) {
  const { t, locale } = c.var;
  return renderPage(c, {
    title: t('promotions.title'),
    notice,
    children: (
      <>
        <p>{t('promotions.lead')}</p>
        {open.length === 0 ? (
          <p>{t('promotions.none')}</p>
        ) : (
          <table class="data-table">
            <caption>{t('promotions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('promotions.col.person')}</th>
                <th scope="col">{t('promotions.col.step')}</th>
                <th scope="col">{t('promotions.col.proposed')}</th>
              </tr>
            </thead>
            <tbody>
              {open.map((entry) => (
                <tr>
                  <th scope="row">
                    <a href={`/promotions/${entry.id}`}>{entry.personName}</a>
                  </th>
                  <td>{stepText(t, entry)}</td>
                  <td>{t('promotions.proposedLine', { name: entry.proposerName ?? t('promotion.unknownPerson'), date: formatDateTime(entry.proposedAt, locale) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </>
    ),
  });
}

export type DecisionForms = { approve?: FormState; decline?: FormState; problem?: string };

/** /promotions/:id: one proposal with the person's progress a link away, and the forms to approve or decline it. */
export function renderPromotionPage(c: AppContext, entry: PromotionEntry, forms: DecisionForms, status: 200 | 400 | 409 = 200) {
  const { t } = c.var;
  const approve = prefixedFormState(forms.approve, 'approve-');
  const decline = prefixedFormState(forms.decline, 'decline-');
  const labels: Record<string, MessageKey> = { 'approve-note': 'promotion.approve.note', 'decline-note': 'promotion.decline.note' };
  return renderPage(
    c,
    {
      title: t('promotion.page.title', { name: entry.personName, step: stepText(t, entry) }),
      children: (
        <>
          <FormProblem problem={forms.problem} />
          <ErrorSummary t={t} errors={{ ...approve.errors, ...decline.errors }} labels={labels} />
          <p>
            <a href={`/people/${entry.userId}/progress`}>{t('promotion.page.progress', { name: entry.personName })}</a>
          </p>
          <PromotionFacts c={c} entry={entry} />
          {entry.decision ? null : (
            <>
              <form method="post" action={`/promotions/${entry.id}/approve`} novalidate>
                <h2>{t('promotion.approve.title')}</h2>
                <CsrfField c={c} />
                <TextAreaField t={t} name="approve-note" label="promotion.approve.note" hint="promotion.approve.noteHint" value={approve.values['approve-note']} error={approve.errors['approve-note']} rows={3} />
                <SubmitButton>{t('promotion.approve.submit')}</SubmitButton>
              </form>
              <form method="post" action={`/promotions/${entry.id}/decline`} novalidate>
                <h2>{t('promotion.decline.title')}</h2>
                <CsrfField c={c} />
                <TextAreaField t={t} name="decline-note" label="promotion.decline.note" hint="promotion.decline.noteHint" value={decline.values['decline-note']} error={decline.errors['decline-note']} required rows={4} />
                <SubmitButton secondary>{t('promotion.decline.submit')}</SubmitButton>
              </form>
            </>
          )}
          <p>
            <a href="/promotions">{t('promotion.page.back')}</a>
          </p>
        </>
      ),
    },
    status,
  );
}
