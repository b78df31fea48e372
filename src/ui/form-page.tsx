import type { Child } from 'hono/jsx';
import type { AppContext } from '../app-env';
import { CsrfField, ErrorSummary, FormProblem, namesWithPrefix, SubmitButton, type FieldErrors } from './form';
import type { MessageKey } from './i18n';
import { renderPage } from './layout';

/** What a form page shows again after a failed submission. */
export type FormState = { errors?: FieldErrors; values?: Record<string, string>; problem?: string | undefined };

/**
 * One form's state on a page with several, whose field names carry `prefix` (ids must be unique
 * on the page): its errors under those names, like the values as they were sent.
 */
export function prefixedFormState(state: FormState | undefined, prefix: string): { errors: FieldErrors; values: Record<string, string> } {
  return { errors: namesWithPrefix(state?.errors ?? {}, prefix), values: state?.values ?? {} };
}

export type FormPageStatus = 200 | 400 | 403 | 409 | 429;

/**
 * A page that is one form: title, an optional lead, the problems (for the whole form and per
 * field, each linking to its field), the fields, the submit button, and anything after it.
 */
export function renderFormPage(
  c: AppContext,
  page: {
    title: string;
    lead?: MessageKey;
    notice?: string | undefined;
    action: string;
    submit: MessageKey;
    state: FormState;
    /** Field name → label, for the error summary. */
    labels: Record<string, MessageKey>;
    fields: Child;
    after?: Child;
    scripts?: string[];
  },
  status: FormPageStatus = 200,
) {
  const { t } = c.var;
  return renderPage(
    c,
    {
      title: page.title,
      notice: page.notice,
      scripts: page.scripts,
      children: (
        <>
          {page.lead ? <p>{t(page.lead)}</p> : null}
          <FormProblem problem={page.state.problem} />
          <ErrorSummary t={t} errors={page.state.errors ?? {}} labels={page.labels} />
          <form method="post" action={page.action} novalidate>
            <CsrfField c={c} />
            {page.fields}
            <SubmitButton>{t(page.submit)}</SubmitButton>
          </form>
          {page.after}
        </>
      ),
    },
    status,
  );
}
