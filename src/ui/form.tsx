import type { Child } from 'hono/jsx';
import { z } from 'zod';
import type { AppContext } from '../app-env';
import { parseTypedDate } from '../features/availability/calendar';
import { isMessageKey, type MessageKey, type Translate } from './i18n';

/** Field name → the message key of what is wrong with it. */
export type FieldErrors = Record<string, MessageKey>;

/** What was sent, to fill a form in again when it cannot be accepted. */
export type SubmittedValues = {
  /** The first value of each field. */
  values: Record<string, string>;
  /** Every value of each field, for checkbox groups. */
  lists: Record<string, string[]>;
};

export type FormResult<T> = SubmittedValues & ({ ok: true; data: T } | { ok: false; errors: FieldErrors });

/**
 * Reads a submitted form and validates it. Schemas give message keys as their error messages,
 * so every message shown next to a field comes from the catalogue.
 */
export async function readForm<Schema extends z.ZodType>(
  c: AppContext,
  schema: Schema,
): Promise<FormResult<z.output<Schema>>> {
  const body = await c.req.parseBody({ all: true });
  const values: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  const input: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(body)) {
    if (name === '_csrf') continue;
    const texts = (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');
    if (texts.length === 0) continue;
    values[name] = texts[0]!;
    lists[name] = texts;
    input[name] = texts.length === 1 ? texts[0]! : texts;
  }
  return validateFields(schema, input, { values, lists });
}

/** Reads a GET form from the query string and validates it, like `readForm` (one value per field). */
export function readQuery<Schema extends z.ZodType>(c: AppContext, schema: Schema): FormResult<z.output<Schema>> {
  const values = c.req.query();
  return validateFields(schema, values, { values, lists: Object.fromEntries(Object.entries(values).map(([name, value]) => [name, [value]])) });
}

function validateFields<Schema extends z.ZodType>(schema: Schema, input: Record<string, string | string[]>, submitted: SubmittedValues): FormResult<z.output<Schema>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data, ...submitted };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= isMessageKey(issue.message) ? issue.message : 'error.invalid';
  }
  return { ok: false, errors, ...submitted };
}

/**
 * A checkbox group's values: none, one or several checked boxes all become an array of known
 * codes. An unknown code is an error (someone edited the form), reported with `message`.
 */
export function checkedCodes<const Code extends string>(codes: readonly Code[], message: MessageKey = 'error.invalid') {
  return listOf(z.enum(codes as unknown as [Code, ...Code[]], { error: message }));
}

/** A field sent no, one or several times (a checkbox group), read as an array of `item`. */
export function listOf<Item extends z.ZodType>(item: Item) {
  return z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item));
}

/** A field a form may leave out (a script or an old page): read as empty. */
export function orEmpty<Schema extends z.ZodType>(schema: Schema) {
  return z.preprocess((value) => value ?? '', schema);
}

/** A single checkbox whose value is `yes`: ticked or not. */
export function tickedBox() {
  return z.preprocess((value) => value === 'yes', z.boolean());
}

/** Text normalised the way people type it on Japanese keyboards: full-width letters and digits folded, spaces trimmed. */
export function typedText() {
  return z.string().transform((value) => value.normalize('NFKC').trim());
}

/** Text of at most `max` characters that may be left empty (then null); `tooLong` is the feature's message. */
export function optionalText(max: number, tooLong: MessageKey) {
  return typedText()
    .pipe(z.string().max(max, { error: tooLong }))
    .transform((value) => value || null);
}

/** Text that must be given, of at most `max` characters; `tooLong` is the feature's message. */
export function requiredText(max: number, tooLong: MessageKey) {
  return typedText().pipe(z.string().min(1, { error: 'error.required' }).max(max, { error: tooLong }));
}

/** A date as people type it (see parseTypedDate) that must be given; `invalid` is the feature's message. */
export function requiredDate(invalid: MessageKey) {
  return typedText().transform(
    (text, context) => parseTypedDate(text) ?? (context.addIssue({ code: 'custom', message: text === '' ? 'error.required' : invalid }), z.NEVER),
  );
}

/** A date as people type it that may be left empty (then null); `invalid` is the feature's message. */
export function optionalDate(invalid: MessageKey) {
  return typedText().transform((text, context) => {
    if (text === '') return null;
    return parseTypedDate(text) ?? (context.addIssue({ code: 'custom', message: invalid }), z.NEVER);
  });
}

/** Reads the fields of one form on a page with several, whose names carry `prefix`. */
export function withoutPrefix<Schema extends z.ZodType>(prefix: string, schema: Schema) {
  return z.preprocess((input) => namesWithoutPrefix(input as Record<string, unknown>, prefix), schema);
}

/** `fields` under the names one form's fields carry on a page with several: each with `prefix` before it. */
export function namesWithPrefix<Value>(fields: Record<string, Value>, prefix: string): Record<string, Value> {
  return Object.fromEntries(Object.entries(fields).map(([name, value]) => [`${prefix}${name}`, value]));
}

/** `fields` with `prefix` taken off the names that carry it, as the form's schema names them. */
export function namesWithoutPrefix<Value>(fields: Record<string, Value>, prefix: string): Record<string, Value> {
  return Object.fromEntries(Object.entries(fields).map(([name, value]) => [name.startsWith(prefix) ? name.slice(prefix.length) : name, value]));
}

function labelText(t: Translate, label: MessageKey | { text: string } | undefined): string {
  if (!label) return '';
  return `${typeof label === 'string' ? t(label) : label.text}: `;
}

export function CsrfField(props: { c: AppContext }) {
  return <input type="hidden" name="_csrf" value={props.c.var.csrfToken} />;
}

/**
 * Lists every problem at the top of a form, each linking to its field and named by its label: a
 * message key, or a text already written (a numbered question, say).
 */
export function ErrorSummary(props: { t: Translate; errors: FieldErrors; labels: Record<string, MessageKey | { text: string }> }) {
  const entries = Object.entries(props.errors);
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{props.t('error.summaryTitle')}</h2>
      <ul>
        {entries.map(([field, key]) => (
          <li>
            <a href={`#field-${field}`}>
              {labelText(props.t, props.labels[field])}
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

/** A field's hint and error, with the ids its control points at through aria-describedby. */
function HintAndError(props: { t: Translate; id: string; hint?: MessageKey | undefined; error?: MessageKey | undefined }) {
  return (
    <>
      {props.hint ? (
        <p class="field__hint" id={`${props.id}-hint`}>
          {props.t(props.hint)}
        </p>
      ) : null}
      {props.error ? (
        <p class="field__error" id={`${props.id}-error`}>
          {props.t(props.error)}
        </p>
      ) : null}
    </>
  );
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
      <HintAndError t={props.t} id={id} hint={props.hint} error={props.error} />
      {props.children}
    </div>
  );
}

export function TextField(
  props: FieldProps & {
    type?: 'text' | 'password' | 'email' | 'tel' | 'date' | 'datetime-local';
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

/**
 * A group of checkboxes (or radio buttons) in a fieldset whose legend names the question; the
 * hint and the error are tied to the group.
 */
export function ChoiceGroup(props: {
  t: Translate;
  name: string;
  legend: MessageKey;
  hint?: MessageKey | undefined;
  type?: 'checkbox' | 'radio';
  options: { value: string; label: string }[];
  checked?: readonly string[] | undefined;
  error?: MessageKey | undefined;
  required?: boolean | undefined;
}) {
  const id = `field-${props.name}`;
  const describedBy = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset
      class={props.error ? 'field choice-group field--error' : 'field choice-group'}
      id={id}
      aria-describedby={describedBy || undefined}
      tabindex={-1}
    >
      <legend>
        {props.t(props.legend)}
        {props.required ? <span class="field__required">{props.t('form.required')}</span> : null}
      </legend>
      <HintAndError t={props.t} id={id} hint={props.hint} error={props.error} />
      {props.options.map((option) => (
        <div class="choice">
          <input
            type={props.type ?? 'checkbox'}
            id={`${id}-${option.value}`}
            name={props.name}
            value={option.value}
            checked={props.checked?.includes(option.value)}
          />
          <label for={`${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** A multi-line text field. */
export function TextAreaField(props: FieldProps & { rows?: number }) {
  return (
    <Field {...props}>
      <textarea {...controlAttributes(props)} rows={props.rows ?? 4}>
        {props.value ?? ''}
      </textarea>
    </Field>
  );
}

/** A file input (one or several files), with its label, hint and error like the other fields. */
export function FileField(props: FieldProps & { hint: MessageKey; multiple?: boolean; accept?: string }) {
  return (
    <Field {...props}>
      <input {...controlAttributes(props)} type="file" multiple={props.multiple} accept={props.accept} />
    </Field>
  );
}
