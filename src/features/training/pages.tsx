import type { AppContext } from '../../app-env';
import { ChoiceGroup, CsrfField, ErrorSummary, FileField, SelectField, SubmitButton, TextAreaField, TextField } from '../../ui/form';
import { prefixedFormState, renderFormPage, type FormPageStatus, type FormState } from '../../ui/form-page';
import type { MessageKey, Translate } from '../../ui/i18n';
import { formatDateTime, formatFileSize, formatList } from '../../ui/format';
import { renderPage } from '../../ui/layout';
import { japanDateMinute } from '../bookings/booking-time';
import { clockTime } from '../availability/calendar';
import { StaffAssessmentList } from './assessment-pages';
import type { AssessmentSummary } from './list-assessments';
import type { CourseSummary } from './list-courses';
import type { SessionSummary } from './list-sessions';
import type { listMaterials } from './list-materials';
import { courseStages } from './schema';

type Material = Awaited<ReturnType<typeof listMaterials>>[number];

/** "2026年12月3日 10:00〜12:00": a session's date and time span in Japan time. */
export function sessionTimeText(c: AppContext, session: { startsAt: Date; endsAt: Date }): string {
  return c.var.t('training.session.when', { from: formatDateTime(session.startsAt, c.var.locale), to: clockTime(japanDateMinute(session.endsAt).minute) });
}

export function stageText(t: Translate, course: { stage: CourseSummary['stage']; level: number }): string {
  return t('training.course.stageLevel', { stage: t(`training.stage.${course.stage}`), level: course.level });
}

/** Where a session happens: the place, the online link, or both. */
export function SessionWhere(props: { c: AppContext; session: { place: string | null; onlineUrl: string | null }; showLink: boolean }) {
  const { t } = props.c.var;
  return (
    <>
      {props.session.place ? <span>{props.session.place}</span> : null}
      {props.session.place && props.session.onlineUrl ? '／' : null}
      {props.session.onlineUrl ? props.showLink ? <a href={props.session.onlineUrl}>{t('training.session.onlineLink')}</a> : <span>{t('training.session.online')}</span> : null}
    </>
  );
}

export function prerequisitesText(c: AppContext, course: CourseSummary): string {
  return course.prerequisites.length === 0 ? c.var.t('training.course.noPrerequisites') : formatList(course.prerequisites.map((need) => need.title), c.var.locale);
}

const courseLabels: Record<string, MessageKey> = {
  title: 'training.field.title',
  description: 'training.field.description',
  stage: 'training.field.stage',
  level: 'training.field.level',
  prerequisites: 'training.field.prerequisites',
};

/** The form to add or change a course; prerequisites are chosen among the other courses. */
export function renderCourseForm(
  c: AppContext,
  page: { course?: CourseSummary; others: CourseSummary[]; state: FormState; checked: string[] },
  status: FormPageStatus = 200,
) {
  const { t } = c.var;
  const values = page.state.values ?? {};
  const errors = page.state.errors ?? {};
  return renderFormPage(
    c,
    {
      title: page.course ? t('training.courseForm.editTitle', { title: page.course.title }) : t('training.courseForm.newTitle'),
      action: page.course ? `/training/courses/${page.course.id}` : '/training/courses',
      submit: 'training.courseForm.save',
      state: page.state,
      labels: courseLabels,
      fields: (
        <>
          <TextField t={t} name="title" label="training.field.title" value={values.title} error={errors.title} required />
          <TextAreaField t={t} name="description" label="training.field.description" hint="training.field.descriptionHint" value={values.description} error={errors.description} />
          <SelectField
            t={t}
            name="stage"
            label="training.field.stage"
            value={values.stage}
            error={errors.stage}
            required
            options={courseStages.map((stage) => ({ value: stage, label: t(`training.stage.${stage}`) }))}
          />
          <SelectField
            t={t}
            name="level"
            label="training.field.level"
            hint="training.field.levelHint"
            value={values.level}
            error={errors.level}
            required
            options={['1', '2', '3'].map((level) => ({ value: level, label: t('training.level', { level }) }))}
          />
          {page.others.length > 0 ? (
            <ChoiceGroup
              t={t}
              name="prerequisites"
              legend="training.field.prerequisites"
              hint="training.field.prerequisitesHint"
              options={page.others.map((other) => ({ value: other.id, label: other.title }))}
              checked={page.checked}
              error={errors.prerequisites}
            />
          ) : null}
        </>
      ),
    },
    status,
  );
}

/** The course's facts shared by the staff and the people's pages. */
export function CourseFacts(props: { c: AppContext; course: CourseSummary }) {
  const { t } = props.c.var;
  return (
    <dl class="details">
      <dt>{t('training.field.stage')}</dt>
      <dd>{stageText(t, props.course)}</dd>
      <dt>{t('training.course.needsFirst')}</dt>
      <dd>{prerequisitesText(props.c, props.course)}</dd>
      {props.course.description ? (
        <>
          <dt>{t('training.field.description')}</dt>
          <dd>{props.course.description}</dd>
        </>
      ) : null}
    </dl>
  );
}

export function MaterialList(props: { c: AppContext; materials: Material[]; removable: boolean }) {
  const { c } = props;
  const { t, locale } = c.var;
  if (props.materials.length === 0) return <p>{t('training.materials.none')}</p>;
  return (
    <ul>
      {props.materials.map((material) => (
        <li>
          {material.kind === 'link' ? (
            <a href={material.url!}>{material.title}</a>
          ) : (
            <a href={`/training/materials/${material.id}`}>
              {t('training.materials.file', { title: material.title, name: material.originalName!, size: formatFileSize(material.sizeBytes!, locale) })}
            </a>
          )}
          {props.removable ? (
            <form method="post" action={`/training/materials/${material.id}/remove`} class="inline-form">
              <CsrfField c={c} />
              <SubmitButton secondary>{t('training.materials.remove', { title: material.title })}</SubmitButton>
            </form>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export type StaffCourseForms = { session?: FormState; link?: FormState; file?: FormState };

const staffCourseLabels: Record<string, MessageKey> = {
  date: 'training.field.date',
  start: 'training.field.start',
  end: 'training.field.end',
  place: 'training.field.place',
  onlineUrl: 'training.field.onlineUrl',
  capacity: 'training.field.capacity',
  'link-title': 'training.field.materialTitle',
  'link-url': 'training.field.url',
  'file-title': 'training.field.materialTitle',
  'file-file': 'training.field.file',
};

/** Staff: a course, its sessions (add, cancel, open the roster) and its materials (add, remove). */
export function renderStaffCoursePage(
  c: AppContext,
  page: { course: CourseSummary; sessions: SessionSummary[]; materials: Material[]; assessments: AssessmentSummary[]; forms?: StaffCourseForms; notice?: string | undefined },
  status: 200 | 400 | 409 = 200,
) {
  const { t } = c.var;
  const { course, sessions } = page;
  const forms = page.forms ?? {};
  const session = { errors: forms.session?.errors ?? {}, values: forms.session?.values ?? {} };
  const link = prefixedFormState(forms.link, 'link-');
  const file = prefixedFormState(forms.file, 'file-');
  const base = `/training/courses/${course.id}`;
  const now = new Date();
  return renderPage(
    c,
    {
      title: course.title,
      notice: page.notice,
      children: (
        <>
          <ErrorSummary t={t} errors={{ ...session.errors, ...link.errors, ...file.errors }} labels={staffCourseLabels} />
          {course.retiredAt ? <p class="notice">{t('training.course.retired')}</p> : null}
          <CourseFacts c={c} course={course} />
          <p class="button-row">
            <a class="button button--secondary" href={`${base}/edit`}>
              {t('training.course.edit')}
            </a>
          </p>
          <section aria-labelledby="sessions-title">
            <h2 id="sessions-title">{t('training.sessions.title')}</h2>
            {sessions.length === 0 ? (
              <p>{t('training.sessions.none')}</p>
            ) : (
              <table class="data-table">
                <caption>{t('training.sessions.caption', { title: course.title })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('training.col.when')}</th>
                    <th scope="col">{t('training.col.where')}</th>
                    <th scope="col">{t('training.col.seats')}</th>
                    <th scope="col">{t('training.col.waiting')}</th>
                    <th scope="col">{t('training.col.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {sessions.map((row) => (
                    <tr>
                      <th scope="row">
                        <a href={`/training/sessions/${row.id}`}>{sessionTimeText(c, row)}</a>
                        {row.cancelledAt ? ` ${t('training.session.cancelledMark')}` : ''}
                      </th>
                      <td>
                        <SessionWhere c={c} session={row} showLink />
                      </td>
                      <td>{t('training.session.seatsTaken', { taken: row.enrolled, capacity: row.capacity })}</td>
                      <td>{row.waiting}</td>
                      <td>
                        {!row.cancelledAt && row.startsAt > now ? (
                          <form method="post" action={`/training/sessions/${row.id}/cancel`}>
                            <CsrfField c={c} />
                            <SubmitButton secondary>{t('training.session.cancel', { when: sessionTimeText(c, row) })}</SubmitButton>
                          </form>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {course.retiredAt ? null : (
              <form method="post" action={`${base}/sessions`} novalidate>
                <h3>{t('training.sessionForm.title')}</h3>
                <p>{t('training.sessionForm.lead')}</p>
                <CsrfField c={c} />
                <TextField t={t} name="date" label="training.field.date" hint="training.field.dateHint" type="date" value={session.values.date} error={session.errors.date} required />
                <TextField t={t} name="start" label="training.field.start" hint="training.field.timeHint" value={session.values.start} error={session.errors.start} required />
                <TextField t={t} name="end" label="training.field.end" hint="training.field.timeHint" value={session.values.end} error={session.errors.end} required />
                <TextField t={t} name="place" label="training.field.place" hint="training.field.placeHint" value={session.values.place} error={session.errors.place} />
                <TextField t={t} name="onlineUrl" label="training.field.onlineUrl" hint="training.field.onlineUrlHint" value={session.values.onlineUrl} error={session.errors.onlineUrl} />
                <TextField t={t} name="capacity" label="training.field.capacity" inputmode="numeric" value={session.values.capacity} error={session.errors.capacity} required />
                <SubmitButton>{t('training.sessionForm.submit')}</SubmitButton>
              </form>
            )}
          </section>
          <section aria-labelledby="materials-title">
            <h2 id="materials-title">{t('training.materials.title')}</h2>
            <p>{t('training.materials.staffLead')}</p>
            <MaterialList c={c} materials={page.materials} removable />
            <form method="post" action={`${base}/links`} novalidate>
              <h3>{t('training.linkForm.title')}</h3>
              <CsrfField c={c} />
              <TextField t={t} name="link-title" label="training.field.materialTitle" value={link.values['link-title']} error={link.errors['link-title']} required />
              <TextField t={t} name="link-url" label="training.field.url" hint="training.field.urlHint" value={link.values['link-url']} error={link.errors['link-url']} required />
              <SubmitButton>{t('training.linkForm.submit')}</SubmitButton>
            </form>
            <form method="post" action={`${base}/files`} enctype="multipart/form-data" novalidate>
              <h3>{t('training.fileForm.title')}</h3>
              <CsrfField c={c} />
              <TextField t={t} name="file-title" label="training.field.materialTitle" value={file.values['file-title']} error={file.errors['file-title']} required />
              <FileField t={t} name="file-file" label="training.field.file" hint="training.field.fileHint" error={file.errors['file-file']} required />
              <SubmitButton>{t('training.fileForm.submit')}</SubmitButton>
            </form>
          </section>
          <StaffAssessmentList c={c} courseId={course.id} courseRetired={Boolean(course.retiredAt)} assessments={page.assessments} />
          {course.retiredAt ? null : (
            <form method="post" action={`${base}/retire`}>
              <h2>{t('training.retire.title')}</h2>
              <p>{t('training.retire.lead')}</p>
              <CsrfField c={c} />
              <SubmitButton secondary>{t('training.retire.submit')}</SubmitButton>
            </form>
          )}
          <p>
            <a href="/training/courses">{t('training.courses.back')}</a>
          </p>
        </>
      ),
    },
    status,
  );
}
