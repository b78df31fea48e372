import { and, count, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import { renderErrorPage } from '../../ui/error-pages';
import { readForm } from '../../ui/form';
import type { FormState } from '../../ui/form-page';
import type { MessageKey } from '../../ui/i18n';
import { doneNotice, uuidParam } from '../../ui/route-params';
import {
  questionValues,
  refusalMessages,
  renderAssessmentForm,
  renderQuestionForm,
  renderQuizPage,
  renderResultPage,
  renderStaffAssessmentPage,
  type StaffAssessmentForms,
} from './assessment-pages';
import { listAssessments, type AssessmentSummary } from './list-assessments';
import { listAttempts } from './list-attempts';
import { listCourses } from './list-courses';
import { listQuestions } from './list-questions';
import { listScorablePeople } from './list-scorable-people';
import { mayTakeAssessment } from './may-take-assessment';
import { recordAttempt } from './record-attempt';
import { removeQuestion } from './remove-question';
import { retireAssessment } from './retire-assessment';
import { showCatalogueCourse } from './routes';
import { saveAssessment } from './save-assessment';
import { saveQuestion } from './save-question';
import { assessmentAttempts, assessmentQuestions } from './schema';
import { assessmentEditForm, assessmentForm, practicalScoreForm, questionForm, quizForm } from './validation';

/** Course assessments: staff set them up and score practical ones; takers answer quizzes and see their results. */
export const assessmentRoutes = new Hono<AppEnv>();

const paramId = (c: AppContext) => uuidParam(c, 'id');

const doneMessages = {
  assessmentSaved: 'training.done.assessmentSaved',
  assessmentRetired: 'training.done.assessmentRetired',
  questionSaved: 'training.done.questionSaved',
  questionRemoved: 'training.done.questionRemoved',
  scoreRecorded: 'training.done.scoreRecorded',
} as const satisfies Record<string, MessageKey>;

async function findAssessment(c: AppContext, options: { withRetired: boolean }): Promise<AssessmentSummary | undefined> {
  const id = paramId(c);
  return id ? (await listAssessments(c.var.deps.db, { assessmentId: id }, options))[0] : undefined;
}

// ——— Staff ———

assessmentRoutes.get('/training/courses/:id/assessments/new', allow('training.manage'), async (c) => {
  const id = paramId(c);
  const [course] = id ? await listCourses(c.var.deps.db, { withRetired: false, courseId: id }) : [];
  if (!course) return renderErrorPage(c, 'notFound');
  return renderAssessmentForm(c, { course, state: { values: { level: '1', passPercent: '70' } } });
});

assessmentRoutes.post('/training/courses/:id/assessments', allow('training.manage'), async (c) => {
  const id = paramId(c);
  const [course] = id ? await listCourses(c.var.deps.db, { withRetired: false, courseId: id }) : [];
  if (!course) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, assessmentForm);
  if (!form.ok) return renderAssessmentForm(c, { course, state: { errors: form.errors, values: form.values } }, 400);
  const created = await saveAssessment(c.var.deps.db, { courseId: course.id, form: form.data, staffId: c.var.user!.id });
  if (!created) return renderErrorPage(c, 'notFound');
  return c.redirect(`/training/assessments/${created}?done=assessmentSaved`, 303);
});

async function showStaffAssessment(c: AppContext, extra: { forms?: StaffAssessmentForms; notice?: string | undefined }, status: 200 | 400 | 409 = 200) {
  const assessment = await findAssessment(c, { withRetired: true });
  if (!assessment) return renderErrorPage(c, 'notFound');
  const db = c.var.deps.db;
  const [questions, attempts, scorable] = await Promise.all([
    listQuestions(db, assessment.id),
    listAttempts(db, { assessmentId: assessment.id }),
    assessment.kind === 'practical' ? listScorablePeople(db, assessment) : [],
  ]);
  return renderStaffAssessmentPage(c, { assessment, questions, attempts, scorable, ...extra }, status);
}

assessmentRoutes.get('/training/assessments/:id', allow('training.manage'), (c) => showStaffAssessment(c, { notice: doneNotice(c, doneMessages) }));

assessmentRoutes.get('/training/assessments/:id/edit', allow('training.manage'), async (c) => {
  const assessment = await findAssessment(c, { withRetired: true });
  if (!assessment) return renderErrorPage(c, 'notFound');
  const values = { title: assessment.title, skill: assessment.skill, level: String(assessment.level), passPercent: String(assessment.passPercent) };
  return renderAssessmentForm(c, { course: { id: assessment.courseId, title: assessment.courseTitle }, assessment, state: { values } });
});

assessmentRoutes.post('/training/assessments/:id', allow('training.manage'), async (c) => {
  const assessment = await findAssessment(c, { withRetired: true });
  if (!assessment) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, assessmentEditForm);
  if (!form.ok) return renderAssessmentForm(c, { course: { id: assessment.courseId, title: assessment.courseTitle }, assessment, state: { errors: form.errors, values: form.values } }, 400);
  await saveAssessment(c.var.deps.db, { assessmentId: assessment.id, form: form.data });
  return c.redirect(`/training/assessments/${assessment.id}?done=assessmentSaved`, 303);
});

assessmentRoutes.post('/training/assessments/:id/retire', allow('training.manage'), async (c) => {
  const id = paramId(c);
  const courseId = id ? await retireAssessment(c.var.deps.db, id) : undefined;
  if (!courseId) return renderErrorPage(c, 'notFound');
  return c.redirect(`/training/assessments/${id}?done=assessmentRetired`, 303);
});

assessmentRoutes.post('/training/assessments/:id/questions', allow('training.manage'), async (c) => {
  const assessment = await findAssessment(c, { withRetired: false });
  if (!assessment || assessment.kind !== 'quiz') return renderErrorPage(c, 'notFound');
  const form = await readForm(c, questionForm);
  if (!form.ok) return showStaffAssessment(c, { forms: { question: { errors: form.errors, values: form.values } } }, 400);
  await saveQuestion(c.var.deps.db, { assessmentId: assessment.id, form: form.data });
  return c.redirect(`/training/assessments/${assessment.id}?done=questionSaved`, 303);
});

/** A question with its number in its quiz, for the page that changes it. */
async function findQuestion(c: AppContext) {
  const id = paramId(c);
  const db = c.var.deps.db;
  const [question] = id ? await db.select().from(assessmentQuestions).where(eq(assessmentQuestions.id, id)) : [];
  if (!question) return undefined;
  const number = (await listQuestions(db, question.assessmentId)).findIndex((row) => row.id === question.id) + 1;
  return { question, number };
}

assessmentRoutes.get('/training/questions/:id/edit', allow('training.manage'), async (c) => {
  const found = await findQuestion(c);
  if (!found) return renderErrorPage(c, 'notFound');
  return renderQuestionForm(c, { ...found, state: { values: questionValues(found.question) } });
});

assessmentRoutes.post('/training/questions/:id', allow('training.manage'), async (c) => {
  const found = await findQuestion(c);
  if (!found) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, questionForm);
  if (!form.ok) return renderQuestionForm(c, { ...found, state: { errors: form.errors, values: form.values } }, 400);
  await saveQuestion(c.var.deps.db, { questionId: found.question.id, form: form.data });
  return c.redirect(`/training/assessments/${found.question.assessmentId}?done=questionSaved`, 303);
});

assessmentRoutes.post('/training/questions/:id/remove', allow('training.manage'), async (c) => {
  const id = paramId(c);
  const assessmentId = id ? await removeQuestion(c.var.deps.db, id) : undefined;
  if (!assessmentId) return renderErrorPage(c, 'notFound');
  return c.redirect(`/training/assessments/${assessmentId}?done=questionRemoved`, 303);
});

assessmentRoutes.post('/training/assessments/:id/scores', allow('training.manage'), async (c) => {
  const assessment = await findAssessment(c, { withRetired: false });
  if (!assessment || assessment.kind !== 'practical') return renderErrorPage(c, 'notFound');
  const form = await readForm(c, practicalScoreForm);
  if (!form.ok) return showStaffAssessment(c, { forms: { score: { errors: form.errors, values: form.values } } }, 400);
  const result = await recordAttempt(c.var.deps.db, { kind: 'practical', assessmentId: assessment.id, userId: form.data.userId, scorePercent: form.data.score, note: form.data.note, staffId: c.var.user!.id, shownAt: form.data.shownAt });
  if (!result.ok) {
    const error: MessageKey = result.problem === 'passed' ? 'training.refusal.passed' : 'training.error.scorePerson';
    return showStaffAssessment(c, { forms: { score: { errors: { userId: error }, values: form.values } } }, 409);
  }
  return c.redirect(`/training/assessments/${assessment.id}?done=scoreRecorded`, 303);
});

// ——— People taking training ———

/** The refusal page for a quiz one may not take now: the course page with the reason on top. */
async function refuse(c: AppContext, assessment: AssessmentSummary, problem: MessageKey) {
  return showCatalogueCourse(c, assessment.courseId, { problem: c.var.t(problem) }, 409);
}

async function attemptsSoFar(c: AppContext, assessmentId: string): Promise<number> {
  const [tries] = await c.var.deps.db
    .select({ count: count() })
    .from(assessmentAttempts)
    .where(and(eq(assessmentAttempts.assessmentId, assessmentId), eq(assessmentAttempts.userId, c.var.user!.id)));
  return tries!.count;
}

async function showQuiz(c: AppContext, assessment: AssessmentSummary, state: FormState, status: 200 | 400 | 409 = 200) {
  const questions = await listQuestions(c.var.deps.db, assessment.id);
  return renderQuizPage(c, { assessment, questions, attemptsBefore: await attemptsSoFar(c, assessment.id), state }, status);
}

assessmentRoutes.get('/training/assessments/:id/take', allow('training.take'), async (c) => {
  const assessment = await findAssessment(c, { withRetired: false });
  if (!assessment || assessment.kind !== 'quiz') return renderErrorPage(c, 'notFound');
  const refusal = await mayTakeAssessment(c.var.deps.db, { assessment, userId: c.var.user!.id });
  if (refusal) return refuse(c, assessment, refusalMessages[refusal]);
  return showQuiz(c, assessment, {});
});

assessmentRoutes.post('/training/assessments/:id/take', allow('training.take'), async (c) => {
  const assessment = await findAssessment(c, { withRetired: false });
  if (!assessment || assessment.kind !== 'quiz') return renderErrorPage(c, 'notFound');
  const questions = await listQuestions(c.var.deps.db, assessment.id);
  const form = await readForm(c, quizForm(questions.map((question) => question.choices.length)));
  // The page names the questions it asked; answers to another set of questions would be scored wrong.
  if (form.values.questions !== questions.map((question) => question.id).join()) return showQuiz(c, assessment, { problem: c.var.t(refusalMessages.changed) }, 409);
  if (!form.ok) return showQuiz(c, assessment, { errors: form.errors, values: form.values }, 400);
  const result = await recordAttempt(c.var.deps.db, { kind: 'quiz', assessmentId: assessment.id, userId: c.var.user!.id, answers: form.data.answers, attemptsBefore: form.data.attempt });
  if (result.ok) return c.redirect(`/training/attempts/${result.attemptId}`, 303);
  if (result.problem === 'notFound') return renderErrorPage(c, 'notFound');
  if (result.problem === 'changed') return showQuiz(c, assessment, { problem: c.var.t(refusalMessages.changed) }, 409);
  return refuse(c, assessment, refusalMessages[result.problem]);
});

/** One's own result; anyone else's attempt does not exist for them (404). */
assessmentRoutes.get('/training/attempts/:id', allow('training.take'), async (c) => {
  const id = paramId(c);
  const db = c.var.deps.db;
  const [attempt] = id ? await listAttempts(db, { attemptId: id }) : [];
  if (!attempt || attempt.userId !== c.var.user!.id) return renderErrorPage(c, 'notFound');
  const [questions, assessment] = await Promise.all([listQuestions(db, attempt.assessmentId), listAssessments(db, { assessmentId: attempt.assessmentId }, { withRetired: false })]);
  const mayRetake = !attempt.passed && attempt.kind === 'quiz' && assessment[0] !== undefined && (await mayTakeAssessment(db, { assessment: assessment[0], userId: attempt.userId })) === undefined;
  return renderResultPage(c, { attempt, questions, mayRetake });
});
