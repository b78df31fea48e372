import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../../app-env';
import { allow } from '../../auth/middleware';
import { can } from '../../auth/policy';
import { readUploads } from '../../files/read-uploads';
import { sendUpload } from '../../files/send-upload';
import { doneNotice, uuidParam } from '../../ui/route-params';
import { renderErrorPage } from '../../ui/error-pages';
import { CsrfField, readForm, type FieldErrors, SelectField, SubmitButton, TextField, withoutPrefix } from '../../ui/form';
import type { MessageKey } from '../../ui/i18n';
import { formatDateTime, formatList } from '../../ui/format';
import { renderPage } from '../../ui/layout';
import { addMaterial } from './add-material';
import { TakerAssessmentList } from './assessment-pages';
import { addSession } from './add-session';
import { cancelEnrolment } from './cancel-enrolment';
import { cancelSession } from './cancel-session';
import { enrolInSession } from './enrol-in-session';
import { listAssessments } from './list-assessments';
import { listAttempts } from './list-attempts';
import { listCourses, type CourseSummary } from './list-courses';
import { listMaterials } from './list-materials';
import { listMyTraining } from './list-my-training';
import { listRoster } from './list-roster';
import { listSessions } from './list-sessions';
import { markAttendance } from './mark-attendance';
import { maySeeMaterials } from './may-see-materials';
import { mayTakeAssessment } from './may-take-assessment';
import { CourseFacts, MaterialList, prerequisitesText, renderCourseForm, renderStaffCoursePage, SessionWhere, sessionTimeText, stageText, type StaffCourseForms } from './pages';
import { recordCompletion } from './record-completion';
import { removeMaterial } from './remove-material';
import { retireCourse } from './retire-course';
import { saveCourse } from './save-course';
import { courseMaterials, courseSessions } from './schema';
import { attendanceForm, completionForm, courseForm, fileMaterialForm, linkMaterialForm, sessionForm } from './validation';

export const trainingRoutes = new Hono<AppEnv>();

const paramId = (c: AppContext) => uuidParam(c, 'id');

async function findCourse(c: AppContext, options: { withRetired: boolean }): Promise<CourseSummary | undefined> {
  const id = paramId(c);
  return id ? (await listCourses(c.var.deps.db, { ...options, courseId: id }))[0] : undefined;
}

const doneMessages = {
  courseSaved: 'training.done.courseSaved',
  retired: 'training.done.retired',
  sessionAdded: 'training.done.sessionAdded',
  sessionCancelled: 'training.done.sessionCancelled',
  materialAdded: 'training.done.materialAdded',
  materialRemoved: 'training.done.materialRemoved',
  marked: 'training.done.marked',
  completed: 'training.done.completed',
  enrolled: 'training.done.enrolled',
  enrolmentCancelled: 'training.done.enrolmentCancelled',
} as const satisfies Record<string, MessageKey>;

// ——— Staff ———

trainingRoutes.get('/training/courses', allow('training.manage'), async (c) => {
  const { t } = c.var;
  const all = await listCourses(c.var.deps.db, { withRetired: true });
  return renderPage(c, {
    title: t('training.courses.title'),
    notice: doneNotice(c, doneMessages),
    children: (
      <>
        <p>{t('training.courses.lead')}</p>
        <p class="button-row">
          <a class="button" href="/training/courses/new">
            {t('training.courses.add')}
          </a>
        </p>
        {all.length === 0 ? (
          <p>{t('training.courses.none')}</p>
        ) : (
          <table class="data-table">
            <caption>{t('training.courses.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('training.col.course')}</th>
                <th scope="col">{t('training.field.stage')}</th>
                <th scope="col">{t('training.course.needsFirst')}</th>
                <th scope="col">{t('training.col.upcoming')}</th>
                <th scope="col">{t('training.col.enrolled')}</th>
              </tr>
            </thead>
            <tbody>
              {all.map((course) => (
                <tr>
                  <th scope="row">
                    <a href={`/training/courses/${course.id}`}>{course.title}</a>
                    {course.retiredAt ? ` ${t('training.course.retiredMark')}` : ''}
                  </th>
                  <td>{stageText(t, course)}</td>
                  <td>{prerequisitesText(c, course)}</td>
                  <td>{course.upcomingSessions}</td>
                  <td>{course.enrolled}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </>
    ),
  });
});

async function otherCourses(c: AppContext, courseId?: string) {
  return (await listCourses(c.var.deps.db, { withRetired: false })).filter((course) => course.id !== courseId);
}

trainingRoutes.get('/training/courses/new', allow('training.manage'), async (c) =>
  renderCourseForm(c, { others: await otherCourses(c), state: { values: { stage: 'basics', level: '1' } }, checked: [] }),
);

async function submitCourse(c: AppContext, course: CourseSummary | undefined) {
  const form = await readForm(c, courseForm);
  const others = await otherCourses(c, course?.id);
  const checked = form.lists.prerequisites ?? [];
  if (!form.ok) return renderCourseForm(c, { ...(course ? { course } : {}), others, state: { errors: form.errors, values: form.values }, checked }, 400);
  const result = await saveCourse(c.var.deps.db, { ...(course ? { courseId: course.id } : {}), form: form.data, staffId: c.var.user!.id });
  if (!result.ok) {
    if (result.problem === 'notFound') return renderErrorPage(c, 'notFound');
    const error: MessageKey = result.problem === 'loop' ? 'training.error.loop' : 'training.error.prerequisite';
    return renderCourseForm(
      c,
      { ...(course ? { course } : {}), others, state: { errors: { prerequisites: error }, values: form.values, problem: result.courseTitle ? c.var.t('training.error.loopNamed', { title: result.courseTitle }) : undefined }, checked },
      409,
    );
  }
  return c.redirect(`/training/courses/${result.id}?done=courseSaved`, 303);
}

trainingRoutes.post('/training/courses', allow('training.manage'), (c) => submitCourse(c, undefined));

trainingRoutes.get('/training/courses/:id', allow('training.manage'), async (c) => showStaffCourse(c, { notice: doneNotice(c, doneMessages) }));

async function showStaffCourse(c: AppContext, extra: { forms?: StaffCourseForms; notice?: string | undefined }, status: 200 | 400 | 409 = 200) {
  const course = await findCourse(c, { withRetired: true });
  if (!course) return renderErrorPage(c, 'notFound');
  const db = c.var.deps.db;
  const [sessions, materials, assessments] = await Promise.all([
    listSessions(db, course.id, { upcoming: false }),
    listMaterials(db, course.id),
    listAssessments(db, { courseId: course.id }, { withRetired: true }),
  ]);
  return renderStaffCoursePage(c, { course, sessions, materials, assessments, ...extra }, status);
}

trainingRoutes.get('/training/courses/:id/edit', allow('training.manage'), async (c) => {
  const course = await findCourse(c, { withRetired: true });
  if (!course) return renderErrorPage(c, 'notFound');
  const values = { title: course.title, description: course.description, stage: course.stage, level: String(course.level) };
  return renderCourseForm(c, { course, others: await otherCourses(c, course.id), state: { values }, checked: course.prerequisites.map((need) => need.id) });
});

trainingRoutes.post('/training/courses/:id', allow('training.manage'), async (c) => {
  const course = await findCourse(c, { withRetired: true });
  if (!course) return renderErrorPage(c, 'notFound');
  return submitCourse(c, course);
});

trainingRoutes.post('/training/courses/:id/retire', allow('training.manage'), async (c) => {
  const id = paramId(c);
  if (!id || !(await retireCourse(c.var.deps.db, id))) return renderErrorPage(c, 'notFound');
  return c.redirect('/training/courses?done=retired', 303);
});

trainingRoutes.post('/training/courses/:id/sessions', allow('training.manage'), async (c) => {
  const id = paramId(c);
  if (!id) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, sessionForm);
  if (!form.ok) return showStaffCourse(c, { forms: { session: { errors: form.errors, values: form.values } } }, 400);
  const result = await addSession(c.var.deps.db, id, form.data);
  if (!result.ok && result.problem === 'notFound') return renderErrorPage(c, 'notFound');
  if (!result.ok) return showStaffCourse(c, { forms: { session: { errors: { date: 'training.error.past' }, values: form.values } } }, 400);
  return c.redirect(`/training/courses/${id}?done=sessionAdded`, 303);
});

trainingRoutes.post('/training/courses/:id/links', allow('training.manage'), async (c) => {
  const course = await findCourse(c, { withRetired: true });
  if (!course) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, withoutPrefix('link-', linkMaterialForm));
  if (!form.ok) return showStaffCourse(c, { forms: { link: { errors: form.errors, values: form.values } } }, 400);
  const { deps, user } = c.var;
  await addMaterial(deps.db, { courseId: course.id, material: { kind: 'link', ...form.data }, staffId: user!.id, dataDir: deps.config.dataDir });
  return c.redirect(`/training/courses/${course.id}?done=materialAdded`, 303);
});

trainingRoutes.post('/training/courses/:id/files', allow('training.manage'), async (c) => {
  const course = await findCourse(c, { withRetired: true });
  if (!course) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, withoutPrefix('file-', fileMaterialForm));
  const upload = await readUploads(c, 'file-file');
  const errors = { ...(form.ok ? {} : form.errors), ...(!upload.ok ? { file: upload.error } : upload.files.length !== 1 ? { file: 'training.error.oneFile' as const } : {}) };
  if (!form.ok || !upload.ok || upload.files.length !== 1) return showStaffCourse(c, { forms: { file: { errors, values: form.values } } }, 400);
  const { deps, user } = c.var;
  await addMaterial(deps.db, { courseId: course.id, material: { kind: 'file', title: form.data.title, file: upload.files[0]! }, staffId: user!.id, dataDir: deps.config.dataDir });
  return c.redirect(`/training/courses/${course.id}?done=materialAdded`, 303);
});

trainingRoutes.post('/training/materials/:id/remove', allow('training.manage'), async (c) => {
  const id = paramId(c);
  const courseId = id ? await removeMaterial(c.var.deps.db, { materialId: id, dataDir: c.var.deps.config.dataDir }) : undefined;
  if (!courseId) return renderErrorPage(c, 'notFound');
  return c.redirect(`/training/courses/${courseId}?done=materialRemoved`, 303);
});

trainingRoutes.post('/training/sessions/:id/cancel', allow('training.manage'), async (c) => {
  const id = paramId(c);
  const result = id ? await cancelSession(c.var.deps.db, id) : { ok: false as const };
  if (!result.ok) return renderErrorPage(c, 'notFound');
  return c.redirect(`/training/courses/${result.courseId}?done=sessionCancelled`, 303);
});

async function loadSession(c: AppContext) {
  const id = paramId(c);
  const [session] = id ? await c.var.deps.db.select().from(courseSessions).where(eq(courseSessions.id, id)) : [];
  return session;
}

/** Staff: one session's roster — seats, then the waiting list in order — with attendance and completions. */
async function showRoster(c: AppContext, extra: { notice?: string | undefined; problem?: MessageKey; completionErrors?: FieldErrors; values?: Record<string, string> }, status: 200 | 400 | 404 | 409 = 200) {
  const session = await loadSession(c);
  if (!session) return renderErrorPage(c, 'notFound');
  const { t } = c.var;
  const db = c.var.deps.db;
  const [course] = await listCourses(db, { withRetired: true, courseId: session.courseId });
  const [roster, assessments] = await Promise.all([listRoster(db, session.id), listAssessments(db, { courseId: session.courseId }, { withRetired: false })]);
  const practicals = assessments.filter((assessment) => assessment.kind === 'practical');
  const seated = roster.filter((entry) => entry.status === 'enrolled');
  const waiting = roster.filter((entry) => entry.status === 'waitlisted');
  const started = session.startsAt <= new Date();
  return renderPage(
    c,
    {
      title: t('training.roster.title', { course: course!.title, when: sessionTimeText(c, session) }),
      notice: extra.notice,
      children: (
        <>
          {extra.problem ? (
            <p class="form-problem" role="alert">
              {t(extra.problem)}
            </p>
          ) : null}
          {session.cancelledAt ? <p class="notice">{t('training.session.cancelledNotice')}</p> : null}
          <dl class="details">
            <dt>{t('training.col.where')}</dt>
            <dd>
              <SessionWhere c={c} session={session} showLink />
            </dd>
            <dt>{t('training.col.seats')}</dt>
            <dd>{t('training.session.seatsTaken', { taken: seated.length, capacity: session.capacity })}</dd>
          </dl>
          <h2>{t('training.roster.seated')}</h2>
          {seated.length === 0 ? (
            <p>{t('training.roster.noneSeated')}</p>
          ) : (
            <table class="data-table">
              <caption>{t('training.roster.seatedCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('training.col.person')}</th>
                  <th scope="col">{t('training.col.attendance')}</th>
                  <th scope="col">{t('training.col.completed')}</th>
                  <th scope="col">{t('training.col.skillPerson')}</th>
                </tr>
              </thead>
              <tbody>
                {seated.map((entry) => (
                  <tr>
                    <th scope="row">
                      {entry.name}
                      {entry.promotedAt ? ` ${t('training.roster.promoted')}` : ''}
                    </th>
                    <td>
                      {entry.attendance ? t(`training.attendance.${entry.attendance}`) : t('training.attendance.unmarked')}
                      {started ? (
                        <form method="post" action={`/training/sessions/${session.id}/attendance`} class="button-row">
                          <CsrfField c={c} />
                          <input type="hidden" name="enrolmentId" value={entry.enrolmentId} />
                          <button type="submit" name="mark" value="present" class="button button--secondary">
                            {t('training.attendance.markPresent', { name: entry.name })}
                          </button>
                          <button type="submit" name="mark" value="absent" class="button button--secondary">
                            {t('training.attendance.markAbsent', { name: entry.name })}
                          </button>
                        </form>
                      ) : null}
                    </td>
                    <td>{entry.completed ? t('training.roster.completedYes') : t('training.roster.completedNo')}</td>
                    <td>{entry.hasProfile ? <a href={`/workers/${entry.userId}`}>{t('training.roster.skills', { name: entry.name })}</a> : null}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {started && practicals.length > 0 ? (
            <p>
              {t('training.roster.practical')}{' '}
              {practicals.map((assessment, index) => (
                <>
                  {index > 0 ? '、' : ''}
                  <a href={`/training/assessments/${assessment.id}`}>{assessment.title}</a>
                </>
              ))}
            </p>
          ) : null}
          <h2>{t('training.roster.waiting')}</h2>
          {waiting.length === 0 ? (
            <p>{t('training.roster.noneWaiting')}</p>
          ) : (
            <ol>
              {waiting.map((entry) => (
                <li>{entry.name}</li>
              ))}
            </ol>
          )}
          {seated.some((entry) => !entry.completed) ? (
            <form method="post" action={`/training/sessions/${session.id}/completions`} novalidate>
              <h2>{t('training.completion.title')}</h2>
              <p>{t('training.completion.lead')}</p>
              <CsrfField c={c} />
              <SelectField
                t={t}
                name="userId"
                label="training.col.person"
                required
                value={extra.values?.userId}
                error={extra.completionErrors?.userId}
                options={seated.filter((entry) => !entry.completed).map((entry) => ({ value: entry.userId, label: entry.name }))}
              />
              <TextField t={t} name="note" label="training.field.note" hint="training.field.noteHint" value={extra.values?.note} error={extra.completionErrors?.note} />
              <SubmitButton>{t('training.completion.submit')}</SubmitButton>
            </form>
          ) : null}
          <p>
            <a href={`/training/courses/${session.courseId}`}>{t('training.roster.back', { course: course!.title })}</a>
          </p>
        </>
      ),
    },
    status,
  );
}

trainingRoutes.get('/training/sessions/:id', allow('training.manage'), (c) => showRoster(c, { notice: doneNotice(c, doneMessages) }));

trainingRoutes.post('/training/sessions/:id/attendance', allow('training.manage'), async (c) => {
  const id = paramId(c);
  const form = await readForm(c, attendanceForm);
  if (!id || !form.ok) return showRoster(c, { problem: 'error.invalid' }, 400);
  const result = await markAttendance(c.var.deps.db, { sessionId: id, ...form.data, staffId: c.var.user!.id });
  if (result === 'notStarted') return showRoster(c, { problem: 'training.error.notStarted' }, 409);
  if (result === 'notFound') return renderErrorPage(c, 'notFound');
  return c.redirect(`/training/sessions/${id}?done=marked`, 303);
});

trainingRoutes.post('/training/sessions/:id/completions', allow('training.manage'), async (c) => {
  const session = await loadSession(c);
  if (!session) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, completionForm);
  if (!form.ok) return showRoster(c, { completionErrors: form.errors, values: form.values }, 400);
  const result = await recordCompletion(c.var.deps.db, { courseId: session.courseId, userId: form.data.userId, note: form.data.note, staffId: c.var.user!.id });
  if (result === 'notEnrolled') return showRoster(c, { completionErrors: { userId: 'training.error.person' }, values: form.values }, 400);
  return c.redirect(`/training/sessions/${session.id}?done=completed`, 303);
});

// ——— People taking training ———

trainingRoutes.get('/training', allow('training.take'), async (c) => {
  const { t } = c.var;
  const catalogue = await listCourses(c.var.deps.db, { withRetired: false });
  return renderPage(c, {
    title: t('training.catalogue.title'),
    children: (
      <>
        <p>{t('training.catalogue.lead')}</p>
        {catalogue.length === 0 ? (
          <p>{t('training.courses.none')}</p>
        ) : (
          <ul class="card-list">
            {catalogue.map((course) => (
              <li>
                <h2>
                  <a href={`/training/catalogue/${course.id}`}>{course.title}</a>
                </h2>
                <p>{stageText(t, course)}</p>
                <p>{t('training.catalogue.needs', { courses: prerequisitesText(c, course) })}</p>
                <p>{t('training.catalogue.upcoming', { count: course.upcomingSessions })}</p>
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href="/me/training">{t('training.mine.link')}</a>
        </p>
      </>
    ),
  });
});

const enrolProblems: Record<'notFound' | 'cancelled' | 'past' | 'already', MessageKey> = {
  notFound: 'training.refused.notFound',
  cancelled: 'training.refused.cancelled',
  past: 'training.refused.past',
  already: 'training.refused.already',
};

/** A course as its takers see it: upcoming sessions with seats left, and its materials when they may see them. */
export async function showCatalogueCourse(c: AppContext, courseId: string | undefined, extra: { notice?: string | undefined; problem?: string }, status: 200 | 404 | 409 = 200) {
  const [course] = courseId ? await listCourses(c.var.deps.db, { withRetired: false, courseId }) : [];
  if (!course) return renderErrorPage(c, 'notFound');
  const { t } = c.var;
  const db = c.var.deps.db;
  const user = c.var.user!;
  const [sessions, mine, materialsOpen, assessments] = await Promise.all([
    listSessions(db, course.id, { upcoming: true }),
    listMyTraining(db, user.id),
    maySeeMaterials(db, user, course.id),
    listAssessments(db, { courseId: course.id }, { withRetired: false }),
  ]);
  const takeable = await Promise.all(assessments.map(async (assessment) => ({ assessment, refusal: await mayTakeAssessment(db, { assessment, userId: user.id }) })));
  const myPlaces = new Map(mine.places.map((place) => [place.sessionId, place]));
  return renderPage(
    c,
    {
      title: course.title,
      notice: extra.notice,
      children: (
        <>
          {extra.problem ? (
            <p class="form-problem" role="alert">
              {extra.problem}
            </p>
          ) : null}
          <CourseFacts c={c} course={course} />
          <h2>{t('training.sessions.upcoming')}</h2>
          {sessions.length === 0 ? (
            <p>{t('training.sessions.noneUpcoming')}</p>
          ) : (
            <table class="data-table">
              <caption>{t('training.sessions.caption', { title: course.title })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('training.col.when')}</th>
                  <th scope="col">{t('training.col.where')}</th>
                  <th scope="col">{t('training.col.seatsLeft')}</th>
                  <th scope="col">{t('training.col.yours')}</th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((session) => {
                  const place = myPlaces.get(session.id);
                  const left = Math.max(session.capacity - session.enrolled, 0);
                  return (
                    <tr>
                      <th scope="row">{sessionTimeText(c, session)}</th>
                      <td>
                        <SessionWhere c={c} session={session} showLink={place?.status === 'enrolled'} />
                      </td>
                      <td>{left > 0 ? t('training.session.seatsLeft', { left }) : t('training.session.full', { waiting: session.waiting })}</td>
                      <td>
                        {place ? (
                          place.status === 'enrolled' ? (
                            t('training.mine.enrolled')
                          ) : (
                            t('training.mine.waiting', { position: place.position })
                          )
                        ) : (
                          <form method="post" action={`/training/sessions/${session.id}/enrol`}>
                            <CsrfField c={c} />
                            <SubmitButton>{t(left > 0 ? 'training.enrol.submit' : 'training.enrol.wait', { when: sessionTimeText(c, session) })}</SubmitButton>
                          </form>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          {materialsOpen ? (
            <p>
              <a href={`/training/catalogue/${course.id}/materials`}>{t('training.materials.open')}</a>
            </p>
          ) : (
            <p>{t('training.materials.afterEnrolling')}</p>
          )}
          <TakerAssessmentList c={c} assessments={takeable} />
          <p>
            <a href="/training">{t('training.catalogue.back')}</a>
          </p>
        </>
      ),
    },
    status,
  );
}

trainingRoutes.get('/training/catalogue/:id', allow('training.take'), (c) => showCatalogueCourse(c, paramId(c), { notice: doneNotice(c, doneMessages) }));

trainingRoutes.get('/training/catalogue/:id/materials', allow('training.take'), async (c) => {
  const course = await findCourse(c, { withRetired: true });
  if (!course || !(await maySeeMaterials(c.var.deps.db, c.var.user!, course.id))) return renderErrorPage(c, 'notFound');
  const { t } = c.var;
  return renderPage(c, {
    title: t('training.materials.pageTitle', { title: course.title }),
    children: (
      <>
        <p>{t('training.materials.lead')}</p>
        <MaterialList c={c} materials={await listMaterials(c.var.deps.db, course.id)} removable={false} />
        <p>
          <a href={`/training/catalogue/${course.id}`}>{t('training.materials.back', { title: course.title })}</a>
        </p>
      </>
    ),
  });
});

trainingRoutes.post('/training/sessions/:id/enrol', allow('training.take'), async (c) => {
  const session = await loadSession(c);
  if (!session) return renderErrorPage(c, 'notFound');
  const result = await enrolInSession(c.var.deps.db, { sessionId: session.id, userId: c.var.user!.id });
  const { t, locale } = c.var;
  if (result.ok && result.status === 'enrolled') return c.redirect(`/training/catalogue/${session.courseId}?done=enrolled`, 303);
  if (result.ok) return showCatalogueCourse(c, session.courseId, { notice: t('training.done.waitlisted', { position: result.position }) });
  const problem = result.problem === 'prerequisite' ? t('training.refused.prerequisite', { courses: formatList(result.missing, locale) }) : t(enrolProblems[result.problem]);
  return showCatalogueCourse(c, session.courseId, { problem }, 409);
});

trainingRoutes.post('/training/enrolments/:id/cancel', allow('training.take'), async (c) => {
  const id = paramId(c);
  const result = id ? await cancelEnrolment(c.var.deps.db, { enrolmentId: id, userId: c.var.user!.id }) : { ok: false as const, problem: 'notFound' as const };
  if (!result.ok && result.problem === 'notFound') return renderErrorPage(c, 'notFound');
  if (!result.ok) return showMyTraining(c, { problem: c.var.t('training.refused.cancelPast') }, 409);
  return c.redirect('/me/training?done=enrolmentCancelled', 303);
});

/** One's own training: upcoming sessions (seated or waiting), past ones with attendance, completed courses. */
async function showMyTraining(c: AppContext, extra: { notice?: string | undefined; problem?: string }, status: 200 | 409 = 200) {
  const { t, locale } = c.var;
  const [{ places, completed }, attempts] = await Promise.all([listMyTraining(c.var.deps.db, c.var.user!.id), listAttempts(c.var.deps.db, { userId: c.var.user!.id })]);
  const passes = attempts.filter((attempt) => attempt.passed);
  const now = new Date();
  const upcoming = places.filter((place) => place.endsAt > now && !place.cancelledAt);
  const past = places.filter((place) => place.endsAt <= now || place.cancelledAt);
  return renderPage(
    c,
    {
      title: t('training.mine.title'),
      notice: extra.notice,
      children: (
        <>
          {extra.problem ? (
            <p class="form-problem" role="alert">
              {extra.problem}
            </p>
          ) : null}
          <p>
            <a href="/me/progress">{t('growth.mineLink')}</a>
          </p>
          <h2>{t('training.mine.upcoming')}</h2>
          {upcoming.length === 0 ? (
            <p>
              {t('training.mine.noneUpcoming')} <a href="/training">{t('training.mine.toCatalogue')}</a>
            </p>
          ) : (
            <table class="data-table">
              <caption>{t('training.mine.upcomingCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('training.col.course')}</th>
                  <th scope="col">{t('training.col.when')}</th>
                  <th scope="col">{t('training.col.where')}</th>
                  <th scope="col">{t('training.col.yours')}</th>
                  <th scope="col">{t('training.col.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {upcoming.map((place) => (
                  <tr>
                    <th scope="row">
                      <a href={`/training/catalogue/${place.courseId}`}>{place.courseTitle}</a>
                    </th>
                    <td>{sessionTimeText(c, place)}</td>
                    <td>
                      <SessionWhere c={c} session={place} showLink={place.status === 'enrolled'} />
                    </td>
                    <td>{place.status === 'enrolled' ? t('training.mine.enrolled') : t('training.mine.waiting', { position: place.position })}</td>
                    <td>
                      {place.startsAt > now ? (
                        <form method="post" action={`/training/enrolments/${place.enrolmentId}/cancel`}>
                          <CsrfField c={c} />
                          <SubmitButton secondary>{t('training.mine.cancel', { course: place.courseTitle })}</SubmitButton>
                        </form>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2>{t('training.mine.past')}</h2>
          {past.length === 0 ? (
            <p>{t('training.mine.nonePast')}</p>
          ) : (
            <table class="data-table">
              <caption>{t('training.mine.pastCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('training.col.course')}</th>
                  <th scope="col">{t('training.col.when')}</th>
                  <th scope="col">{t('training.col.attendance')}</th>
                </tr>
              </thead>
              <tbody>
                {past.map((place) => (
                  <tr>
                    <th scope="row">{place.courseTitle}</th>
                    <td>{sessionTimeText(c, place)}</td>
                    <td>
                      {place.cancelledAt
                        ? t('training.session.cancelledNotice')
                        : place.status === 'waitlisted'
                          ? t('training.mine.neverSeated')
                          : t(place.attendance ? `training.attendance.${place.attendance}` : 'training.attendance.unmarked')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2>{t('training.mine.completed')}</h2>
          {completed.length === 0 ? (
            <p>{t('training.mine.noneCompleted')}</p>
          ) : (
            <ul>
              {completed.map((course) => (
                <li>
                  <a href={`/training/catalogue/${course.courseId}`}>{course.title}</a> {t('training.mine.completedOn', { at: formatDateTime(course.completedAt, locale) })}
                </li>
              ))}
            </ul>
          )}
          <h2>{t('training.mine.skills')}</h2>
          {passes.length === 0 ? (
            <p>{t('training.mine.noneSkills')}</p>
          ) : (
            <ul>
              {passes.map((attempt) => (
                <li>{t('training.mine.skill', { skill: t(`skill.${attempt.skill}`), level: attempt.level, title: attempt.title })}</li>
              ))}
            </ul>
          )}
          <h2>{t('training.mine.assessments')}</h2>
          {attempts.length === 0 ? (
            <p>{t('training.mine.noneAssessments')}</p>
          ) : (
            <table class="data-table">
              <caption>{t('training.mine.assessmentsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('training.assessments.title')}</th>
                  <th scope="col">{t('training.col.course')}</th>
                  <th scope="col">{t('training.col.when')}</th>
                  <th scope="col">{t('training.col.score')}</th>
                  <th scope="col">{t('training.col.result')}</th>
                </tr>
              </thead>
              <tbody>
                {attempts.map((attempt) => (
                  <tr>
                    <th scope="row">
                      <a href={`/training/attempts/${attempt.id}`}>{attempt.title}</a>
                    </th>
                    <td>{attempt.courseTitle}</td>
                    <td>{formatDateTime(attempt.takenAt, locale)}</td>
                    <td>{t('training.attempt.score', { score: attempt.scorePercent })}</td>
                    <td>{t(attempt.passed ? 'training.attempt.passed' : 'training.attempt.failed')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ),
    },
    status,
  );
}

trainingRoutes.get('/me/training', allow('training.take'), (c) => showMyTraining(c, { notice: doneNotice(c, doneMessages) }));

/**
 * Downloads a file material for staff and for the people taking the course; to anyone else it
 * does not exist (404, never 403, so an id reveals nothing).
 */
trainingRoutes.get('/training/materials/:id', allow('signedIn'), async (c) => {
  const id = paramId(c);
  const db = c.var.deps.db;
  const [material] = id ? await db.select().from(courseMaterials).where(eq(courseMaterials.id, id)) : [];
  const user = c.var.user!;
  if (!material || material.kind !== 'file' || !(can(user, 'training.manage') || can(user, 'training.take')) || !(await maySeeMaterials(db, user, material.courseId))) {
    return renderErrorPage(c, 'notFound');
  }
  return sendUpload(c, { id: material.id, contentType: material.contentType!, originalName: material.originalName! });
});
