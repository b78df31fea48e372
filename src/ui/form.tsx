import type { Child } from 'hono/jsx';
import { z } from 'zod';
import type { AppContext } from '../app-env';
import { isMessageKey, type MessageKey, type Translate } from './i18n';

/** Field name → the message key of what is wrong with it. */
export type FieldErrors = Record<string, MessageKey>;

export type FormResult<T> =
  | { ok: true; data: T }
  | { ok: false; errors: FieldErrors; values: Record<string, string> };

/**
 * Reads a submitted form and validates it. Schemas give message keys as their error messages,
 * so every message shown next to a field comes from the catalogue.
 */
export async function readForm<Schema extends z.ZodType>(
  c: AppContext,
  schema: Schema,
): Promise<FormResult<z.output<Schema>>> {
  const body = await c.req.parseBody();
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(body)) {
    if (typeof value === 'string' && name !== '_csrf') values[name] = value;
  }
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= isMessageKey(issue.message) ? issue.message : 'error.invalid';
  }
  return { ok: false, errors, values };
}

/** Text normalised the way people type it on Japanese keyboards: full-width letters and digits folded, spaces trimmed. */
export function typedText() {
  return z.string().transform((value) => value.normalize('NFKC').trim());
}

export function CsrfField(props: { c: AppContext }) {
  return <input type="hidden" name="_csrf" value={props.c.var.csrfToken} />;
}

/** Lists every problem at the top of a form, each linking to its field. */
export function ErrorSummary(props: { t: Translate; errors: FieldErrors; labels: Record<string, MessageKey> }) {
  const entries = Object.entries(props.errors);
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{props.t('error.summaryTitle')}</h2>
      <ul>
        {entries.map(([field, key]) => (
          <li>
            <a href={`#field-${field}`}>
              {props.labels[field] ? `${props.t(props.labels[field])}: ` : ''}
              {props.t(key)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

type FieldProps = {
  t: Translate;
  name: string;
  label: MessageKey;
  hint?: MessageKey | undefined;
  value?: string | undefined;
  error?: MessageKey | undefined;
  required?: boolean | undefined;
};

/** What every control gets: its id and the attributes that tie its hint and error to it for screen readers. */
function controlAttributes(props: FieldProps) {
  const id = `field-${props.name}`;
  const describedBy = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return {
    id,
    name: props.name,
    required: props.required,
    'aria-invalid': props.error ? ('true' as const) : undefined,
    'aria-describedby': describedBy || undefined,
  };
}

/** The label, hint and error around a control; the error sits right above the control it is about. */
function Field(props: FieldProps & { children: Child }) {
  const id = `field-${props.name}`;
  return (
    <div class={props.error ? 'field field--error' : 'field'}>
      <label for={id}>
        {props.t(props.label)}
        {props.required ? <span class="field__required">{props.t('form.required')}</span> : null}
      </label>
      {props.hint ? (
        <p class="field__hint" id={`${id}-hint`}>
          {props.t(props.hint)}
        </p>
      ) : null}
      {props.error ? (
        <p class="field__error" id={`${id}-error`}>
          {props.t(props.error)}
        </p>
      ) : null}
      {props.children}
    </div>
  );
}

export function TextField(
  props: FieldProps & {
    type?: 'text' | 'password' | 'email' | 'tel';
    autocomplete?: string;
    inputmode?: 'text' | 'email' | 'tel' | 'numeric';
    spellcheck?: boolean;
  },
) {
  return (
    <Field {...props}>
      <input
        {...controlAttributes(props)}
        type={props.type ?? 'text'}
        // A password is never sent back to the browser, not even to refill a form.
        value={props.type === 'password' ? undefined : props.value}
        autocomplete={props.autocomplete}
        inputmode={props.inputmode}
        spellcheck={props.spellcheck}
      />
    </Field>
  );
}

export function SelectField(props: FieldProps & { options: { value: string; label: string }[] }) {
  return (
    <Field {...props}>
      <select {...controlAttributes(props)}>
        {props.options.map((option) => (
          <option value={option.value} selected={option.value === props.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function SubmitButton(props: { children: Child; secondary?: boolean }) {
  return (
    <button type="submit" class={props.secondary ? 'button button--secondary' : 'button'}>
      {props.children}
    </button>
  );
}

/** A problem with the whole form rather than one field (wrong password, too many attempts). */
export function FormProblem(props: { problem?: string | undefined }) {
  if (!props.problem) return null;
  return (
    <p class="form-problem" role="alert">
      {props.problem}
    </p>
  );
}
