import type { AppContext } from '../../app-env';
import { ChoiceGroup, CsrfField, ErrorSummary, type FieldErrors, SelectField, SubmitButton, TextAreaField, TextField } from '../../ui/form';
import { renderFormPage, type FormPageStatus, type FormState } from '../../ui/form-page';
import { formatDateTime } from '../../ui/format';
import type { MessageKey, Translate } from '../../ui/i18n';
import { renderPage } from '../../ui/layout';
import { skillCodes } from '../workers/vocabulary';
import type { AssessmentSummary } from './list-assessments';
import type { AttemptRow } from './list-attempts';
import type { listQuestions } from './list-questions';
import type { AssessmentRefusal } from './may-take-assessment';
import { assessmentKinds } from './schema';
import { questionChoiceNames } from './validation';

type Question = Awaited<ReturnType<typeof listQuestions>>[number];

export const refusalMessages: Record<AssessmentRefusal | 'changed', MessageKey> = {
  passed: 'training.refusal.passed',
  notStarted: 'training.refusal.notStarted',
  notTaking: 'training.refusal.notTaking',
  noQuestions: 'training.refusal.noQuestions',
  changed: 'training.refusal.changed',
};

/** "データ入力（レベル1）" in the sentence given by `key`. */
export function skillText(t: Translate, key: 'training.assessment.grants' | 'training.result.skill', assessment: { skill: string; level: number }): string {
  return t(key, { skill: t(`skill.${assessment.skill as (typeof skillCodes)[number]}`), level: assessment.level });
}

/** One assessment in a list: what it grants, its pass mark and, for a quiz, how many questions. */
function AssessmentLines(props: { t: Translate; assessment: AssessmentSummary }) {
  const { t, assessment } = props;
  return (
    <>
      <p>
        {t('training.assessment.facts', {
          kind: t(`training.assessment.kind.${assessment.kind}`),
          grants: skillText(t, 'training.assessment.grants', assessment),
          passMark: t('training.assessment.passMark', { pass: assessment.passPercent }),
        })}
      </p>
      {assessment.kind === 'quiz' ? <p>{assessment.questions === 0 ? t('training.assessment.noQuestions') : t('training.assessment.questionCount', { count: assessment.questions })}</p> : null}
    </>
  );
}

/** Staff: the course's assessments on its page, each linking to its own page, and a link to add one. */
export function StaffAssessmentList(props: { c: AppContext; courseId: string; courseRetired: boolean; assessments: AssessmentSummary[] }) {
  const { t } = props.c.var;
  return (
    <section aria-labelledby="assessments-title">
      <h2 id="assessments-title">{t('training.assessments.title')}</h2>
      <p>{t('training.assessments.staffLead')}</p>
      {props.assessments.length === 0 ? (
        <p>{t('training.assessments.none')}</p>
      ) : (
        <ul>
          {props.assessments.map((assessment) => (
            <li>
              <a href={`/training/assessments/${assessment.id}`}>{assessment.title}</a>
              {assessment.retiredAt ? ` ${t('training.assessments.retiredMark')}` : ''}
              <AssessmentLines t={t} assessment={assessment} />
            </li>
          ))}
        </ul>
      )}
      {props.courseRetired ? null : (
        <p>
          <a class="button button--secondary" href={`/training/courses/${props.courseId}/assessments/new`}>
            {t('training.assessments.add')}
          </a>
        </p>
      )}
    </section>
  );
}

/** Takers: a course's live assessments with, for each, a way to take it or why not yet. */
export function TakerAssessmentList(props: { c: AppContext; assessments: { assessment: AssessmentSummary; refusal: AssessmentRefusal | undefined }[] }) {
  const { t } = props.c.var;
  if (props.assessments.length === 0) return null;
  return (
    <section aria-labelledby="assessments-title">
      <h2 id="assessments-title">{t('training.assessments.title')}</h2>
      <p>{t('training.catalogue.assessmentsLead')}</p>
      <ul>
        {props.assessments.map(({ assessment, refusal }) => (
          <li>
            <strong>{assessment.title}</strong>
            <AssessmentLines t={t} assessment={assessment} />
            <p>
              {refusal ? (
                t(refusalMessages[refusal])
              ) : assessment.kind === 'practical' ? (
                t('training.catalogue.practical')
              ) : (
                <a class="button" href={`/training/assessments/${assessment.id}/take`}>
                  {t('training.catalogue.take', { title: assessment.title })}
                </a>
              )}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

const assessmentLabels: Record<string, MessageKey> = {
  title: 'training.field.assessmentTitle',
  kind: 'training.field.kind',
  skill: 'training.field.skill',
  level: 'training.field.skillLevel',
  passPercent: 'training.field.passPercent',
};

/** The form to add an assessment to a course, or to change one (its kind stays as chosen). */
export function renderAssessmentForm(c: AppContext, page: { course: { id: string; title: string }; assessment?: AssessmentSummary; state: FormState }, status: FormPageStatus = 200) {
  const { t } = c.var;
  const values = page.state.values ?? {};
  const errors = page.state.errors ?? {};
  return renderFormPage(
    c,
    {
      title: page.assessment ? t('training.assessmentForm.editTitle', { title: page.assessment.title }) : t('training.assessmentForm.newTitle', { course: page.course.title }),
      lead: 'training.assessmentForm.lead',
      action: page.assessment ? `/training/assessments/${page.assessment.id}` : `/training/courses/${page.course.id}/assessments`,
      submit: 'training.assessmentForm.save',
      state: page.state,
      labels: assessmentLabels,
      fields: (
        <>
          <TextField t={t} name="title" label="training.field.assessmentTitle" value={values.title} error={errors.title} required />
          {page.assessment ? null : (
            <ChoiceGroup
              t={t}
              type="radio"
              name="kind"
              legend="training.field.kind"
              options={assessmentKinds.map((kind) => ({ value: kind, label: t(`training.assessment.kind.${kind}`) }))}
              checked={values.kind ? [values.kind] : []}
              error={errors.kind}
              required
            />
          )}
          <SelectField
            t={t}
            name="skill"
            label="training.field.skill"
            value={values.skill}
            error={errors.skill}
            required
            options={skillCodes.map((skill) => ({ value: skill, label: t(`skill.${skill}`) }))}
          />
          <SelectField
            t={t}
            name="level"
            label="training.field.skillLevel"
            hint="training.field.skillLevelHint"
            value={values.level}
            error={errors.level}
            required
            options={['1', '2', '3'].map((level) => ({ value: level, label: t('training.level', { level }) }))}
          />
          <TextField t={t} name="passPercent" label="training.field.passPercent" hint="training.field.passPercentHint" inputmode="numeric" value={values.passPercent} error={errors.passPercent} required />
        </>
      ),
      after: (
        <p>
          <a href={page.assessment ? `/training/assessments/${page.assessment.id}` : `/training/courses/${page.course.id}`}>{t('training.assessment.back', { course: page.course.title })}</a>
        </p>
      ),
    },
    status,
  );
}

const questionLabels: Record<string, MessageKey> = {
  prompt: 'training.field.prompt',
  ...Object.fromEntries(questionChoiceNames.map((name) => [name, 'training.field.choices' as const])),
  correct: 'training.field.correct',
};

/** A question's fields: the prompt, six answer boxes and which answer is right. */
function QuestionFields(props: { t: Translate; state: FormState }) {
  const { t } = props;
  const values = props.state.values ?? {};
  const errors = props.state.errors ?? {};
  return (
    <>
      <p>{t('training.questionForm.lead')}</p>
      <TextAreaField t={t} name="prompt" label="training.field.prompt" value={values.prompt} error={errors.prompt} rows={3} required />
      {questionChoiceNames.map((name, index) => (
        <ChoiceText t={t} name={name} number={index + 1} value={values[name]} error={errors[name]} />
      ))}
      <ChoiceGroup
        t={t}
        type="radio"
        name="correct"
        legend="training.field.correct"
        options={questionChoiceNames.map((_, index) => ({ value: String(index + 1), label: t('training.field.correctOption', { number: index + 1 }) }))}
        checked={values.correct ? [values.correct] : []}
        error={errors.correct}
        required
      />
    </>
  );
}

/** One numbered answer box ("答え3"); its label carries the number, which a catalogue key alone cannot. */
function ChoiceText(props: { t: Translate; name: string; number: number; value: string | undefined; error: MessageKey | undefined }) {
  const id = `field-${props.name}`;
  return (
    <div class={props.error ? 'field field--error' : 'field'}>
      <label for={id}>{props.t('training.field.choice', { number: props.number })}</label>
      {props.error ? (
        <p class="field__error" id={`${id}-error`}>
          {props.t(props.error)}
        </p>
      ) : null}
      <input id={id} name={props.name} type="text" value={props.value} aria-invalid={props.error ? 'true' : undefined} aria-describedby={props.error ? `${id}-error` : undefined} />
    </div>
  );
}

/** The values a question's form starts from when changing it. */
export function questionValues(question: Question): Record<string, string> {
  return {
    prompt: question.prompt,
    ...Object.fromEntries(question.choices.map((choice, index) => [questionChoiceNames[index]!, choice])),
    correct: String(question.correctChoice + 1),
  };
}

/** Staff: change one question of a quiz. */
export function renderQuestionForm(c: AppContext, page: { question: Question; number: number; state: FormState }, status: FormPageStatus = 200) {
  const { t } = c.var;
  return renderFormPage(
    c,
    {
      title: t('training.questionForm.editTitle', { number: page.number }),
      action: `/training/questions/${page.question.id}`,
      submit: 'training.questionForm.save',
      state: page.state,
      labels: questionLabels,
      fields: <QuestionFields t={t} state={page.state} />,
      after: (
        <p>
          <a href={`/training/assessments/${page.question.assessmentId}`}>{t('training.questions.title')}</a>
        </p>
      ),
    },
    status,
  );
}

/** The facts of an assessment shared by the staff page and the quiz page. */
function AssessmentFacts(props: { c: AppContext; assessment: AssessmentSummary; courseLink: string }) {
  const { t } = props.c.var;
  const { assessment } = props;
  return (
    <dl class="details">
      <dt>{t('training.assessment.course')}</dt>
      <dd>
        <a href={props.courseLink}>{assessment.courseTitle}</a>
      </dd>
      <dt>{t('training.assessment.kind')}</dt>
      <dd>{t(`training.assessment.kind.${assessment.kind}`)}</dd>
      <dt>{t('training.assessment.skill')}</dt>
      <dd>{skillText(t, 'training.assessment.grants', assessment)}</dd>
      <dt>{t('training.field.passPercent')}</dt>
      <dd>{t('training.assessment.passMark', { pass: assessment.passPercent })}</dd>
    </dl>
  );
}

export type StaffAssessmentForms = { question?: FormState; score?: FormState };

/**
 * Staff: one assessment — its facts; for a quiz its questions (change, remove, add); for a
 * practical one the form to record a score; everyone's results; and ending it.
 */
export function renderStaffAssessmentPage(
  c: AppContext,
  page: {
    assessment: AssessmentSummary;
    questions: Question[];
    attempts: AttemptRow[];
    scorable: { userId: string; name: string }[];
    forms?: StaffAssessmentForms;
    notice?: string | undefined;
  },
  status: 200 | 400 | 409 = 200,
) {
  const { t, locale } = c.var;
  const { assessment } = page;
  const base = `/training/assessments/${assessment.id}`;
  const live = !assessment.retiredAt && !assessment.courseRetiredAt;
  const question = page.forms?.question ?? {};
  const score = page.forms?.score ?? {};
  const scoreErrors: FieldErrors = score.errors ?? {};
  return renderPage(
    c,
    {
      title: t('training.assessment.pageTitle', { title: assessment.title }),
      notice: page.notice,
      children: (
        <>
          <ErrorSummary t={t} errors={{ ...question.errors, ...scoreErrors }} labels={{ ...questionLabels, userId: 'training.field.scorePerson', score: 'training.field.score', note: 'training.field.scoreNote' }} />
          {live ? null : <p class="notice">{t('training.assessment.retired')}</p>}
          <AssessmentFacts c={c} assessment={assessment} courseLink={`/training/courses/${assessment.courseId}`} />
          <p class="button-row">
            <a class="button button--secondary" href={`${base}/edit`}>
              {t('training.assessment.edit')}
            </a>
          </p>
          {assessment.kind === 'quiz' ? (
            <section aria-labelledby="questions-title">
              <h2 id="questions-title">{t('training.questions.title')}</h2>
              {page.questions.length === 0 ? <p class="notice">{t('training.assessment.noQuestions')}</p> : null}
              <ol>
                {page.questions.map((row, index) => (
                  <li>
                    <p>{row.prompt}</p>
                    <ol>
                      {row.choices.map((choice, choiceIndex) => (
                        <li>
                          {choice}
                          {choiceIndex === row.correctChoice ? ` ${t('training.questions.right')}` : ''}
                        </li>
                      ))}
                    </ol>
                    <div class="button-row">
                      <a href={`/training/questions/${row.id}/edit`}>{t('training.questions.edit', { number: index + 1 })}</a>
                      <form method="post" action={`/training/questions/${row.id}/remove`}>
                        <CsrfField c={c} />
                        <SubmitButton secondary>{t('training.questions.remove', { number: index + 1 })}</SubmitButton>
                      </form>
                    </div>
                  </li>
                ))}
              </ol>
              {live ? (
                <form method="post" action={`${base}/questions`} novalidate>
                  <h3>{t('training.questionForm.addTitle')}</h3>
                  <CsrfField c={c} />
                  <QuestionFields t={t} state={question} />
                  <SubmitButton>{t('training.questionForm.add')}</SubmitButton>
                </form>
              ) : null}
            </section>
          ) : live ? (
            <section aria-labelledby="scores-title">
              <h2 id="scores-title">{t('training.scores.title')}</h2>
              <p>{t('training.scores.lead')}</p>
              {page.scorable.length === 0 ? (
                <p>{t('training.scores.nobody')}</p>
              ) : (
                <form method="post" action={`${base}/scores`} novalidate>
                  <CsrfField c={c} />
                  <input type="hidden" name="shownAt" value={String(Date.now())} />
                  <SelectField
                    t={t}
                    name="userId"
                    label="training.field.scorePerson"
                    value={score.values?.userId}
                    error={scoreErrors.userId}
                    required
                    options={page.scorable.map((person) => ({ value: person.userId, label: person.name }))}
                  />
                  <TextField t={t} name="score" label="training.field.score" inputmode="numeric" value={score.values?.score} error={scoreErrors.score} required />
                  <TextAreaField t={t} name="note" label="training.field.scoreNote" hint="training.field.scoreNoteHint" value={score.values?.note} error={scoreErrors.note} rows={3} />
                  <SubmitButton>{t('training.scores.submit')}</SubmitButton>
                </form>
              )}
            </section>
          ) : null}
          <section aria-labelledby="attempts-title">
            <h2 id="attempts-title">{t('training.attempts.title')}</h2>
            {page.attempts.length === 0 ? (
              <p>{t('training.attempts.none')}</p>
            ) : (
              <table class="data-table">
                <caption>{t('training.attempts.caption', { title: assessment.title })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('training.col.person')}</th>
                    <th scope="col">{t('training.col.when')}</th>
                    <th scope="col">{t('training.col.score')}</th>
                    <th scope="col">{t('training.col.result')}</th>
                    <th scope="col">{t('training.col.scoredBy')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.attempts.map((attempt) => (
                    <tr>
                      <th scope="row">{attempt.name}</th>
                      <td>{formatDateTime(attempt.takenAt, locale)}</td>
                      <td>{t('training.attempt.score', { score: attempt.scorePercent })}</td>
                      <td>{t(attempt.passed ? 'training.attempt.passed' : 'training.attempt.failed')}</td>
                      <td>{[attempt.scoredBy, attempt.note].filter(Boolean).join('：')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          {live ? (
            <form method="post" action={`${base}/retire`}>
              <h2>{t('training.assessment.retireTitle')}</h2>
              <p>{t('training.assessment.retireLead')}</p>
              <CsrfField c={c} />
              <SubmitButton secondary>{t('training.assessment.retireSubmit')}</SubmitButton>
            </form>
          ) : null}
          <p>
            <a href={`/training/courses/${assessment.courseId}`}>{t('training.assessment.back', { course: assessment.courseTitle })}</a>
          </p>
        </>
      ),
    },
    status,
  );
}

/**
 * Takers: a quiz, each question a fieldset whose legend is the question, with one radio button
 * per answer; an unanswered question says so next to it. `attempt` marks which try the page is for.
 */
export function renderQuizPage(
  c: AppContext,
  page: { assessment: AssessmentSummary; questions: Question[]; attemptsBefore: number; state: FormState & { problem?: string } },
  status: 200 | 400 | 409 = 200,
) {
  const { t } = c.var;
  const { assessment } = page;
  const values = page.state.values ?? {};
  const errors = page.state.errors ?? {};
  const labels = Object.fromEntries(page.questions.map((_, index) => [`q${index + 1}`, { text: t('training.quiz.question', { number: index + 1 }) }]));
  return renderPage(
    c,
    {
      title: t('training.quiz.title', { title: assessment.title }),
      children: (
        <>
          {page.state.problem ? (
            <p class="form-problem" role="alert">
              {page.state.problem}
            </p>
          ) : null}
          <ErrorSummary t={t} errors={errors} labels={labels} />
          <p>{t('training.quiz.lead', { count: page.questions.length, pass: assessment.passPercent })}</p>
          <p>{t('training.quiz.again')}</p>
          <form method="post" action={`/training/assessments/${assessment.id}/take`} novalidate>
            <CsrfField c={c} />
            <input type="hidden" name="attempt" value={String(page.attemptsBefore)} />
            <input type="hidden" name="questions" value={page.questions.map((question) => question.id).join()} />
            {page.questions.map((question, index) => {
              const name = `q${index + 1}`;
              const id = `field-${name}`;
              const error = errors[name];
              return (
                <fieldset class={error ? 'field choice-group field--error' : 'field choice-group'} id={id} aria-describedby={error ? `${id}-error` : undefined} tabindex={-1}>
                  <legend>{t('training.quiz.legend', { number: index + 1, prompt: question.prompt })}</legend>
                  {error ? (
                    <p class="field__error" id={`${id}-error`}>
                      {t(error)}
                    </p>
                  ) : null}
                  {question.choices.map((choice, choiceIndex) => (
                    <div class="choice">
                      <input type="radio" id={`${id}-${choiceIndex}`} name={name} value={String(choiceIndex)} checked={values[name] === String(choiceIndex)} />
                      <label for={`${id}-${choiceIndex}`}>{choice}</label>
                    </div>
                  ))}
                </fieldset>
              );
            })}
            <SubmitButton>{t('training.quiz.submit')}</SubmitButton>
          </form>
          <p>
            <a href={`/training/catalogue/${assessment.courseId}`}>{t('training.assessment.back', { course: assessment.courseTitle })}</a>
          </p>
        </>
      ),
    },
    status,
  );
}

/**
 * One's own result: passed or not, the score against the pass mark, the skill gained, and for a
 * quiz which questions were wrong with one's own answer (the right ones are not given away, so a
 * retake still tests).
 */
export function renderResultPage(c: AppContext, page: { attempt: AttemptRow; questions: Question[]; mayRetake: boolean }) {
  const { t } = c.var;
  const { attempt, questions } = page;
  const answers = attempt.answers ?? [];
  const fits = attempt.kind === 'quiz' && answers.length === questions.length && answers.every((answer, index) => answer < questions[index]!.choices.length);
  const wrong = fits ? questions.map((question, index) => ({ question, number: index + 1, answer: answers[index]! })).filter((row) => row.answer !== row.question.correctChoice) : [];
  return renderPage(c, {
    title: t('training.result.title', { title: attempt.title }),
    children: (
      <>
        <p class={attempt.passed ? 'notice' : 'form-problem'}>{t(attempt.passed ? 'training.result.passed' : 'training.result.failed')}</p>
        <p>{t('training.result.score', { score: attempt.scorePercent, pass: attempt.passPercent })}</p>
        {attempt.passed ? <p>{skillText(t, 'training.result.skill', attempt)}</p> : null}
        {attempt.kind === 'practical' ? (
          <>
            {attempt.scoredBy ? <p>{t('training.result.scoredBy', { name: attempt.scoredBy })}</p> : null}
            {attempt.note ? <p>{attempt.note}</p> : null}
          </>
        ) : !fits ? (
          <p>{t('training.result.questionsChanged')}</p>
        ) : (
          <section aria-labelledby="wrong-title">
            <h2 id="wrong-title">{t('training.result.wrongTitle')}</h2>
            {wrong.length === 0 ? (
              <p>{t('training.result.allRight')}</p>
            ) : (
              <ul>
                {wrong.map((row) => (
                  <li>
                    {t('training.quiz.legend', { number: row.number, prompt: row.question.prompt })}
                    <br />
                    {t('training.result.yourAnswer', { answer: row.question.choices[row.answer]! })}
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
        <p class="button-row">
          {page.mayRetake ? (
            <a class="button" href={`/training/assessments/${attempt.assessmentId}/take`}>
              {t('training.result.retake')}
            </a>
          ) : null}
          <a href={`/training/catalogue/${attempt.courseId}`}>{t('training.assessment.back', { course: attempt.courseTitle })}</a>
          <a href="/me/training">{t('training.mine.link')}</a>
        </p>
      </>
    ),
  });
}
