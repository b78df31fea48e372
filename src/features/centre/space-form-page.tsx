import type { AppContext } from '../../app-env';
import { SelectField, TextField, type FieldErrors } from '../../ui/form';
import { renderFormPage, type FormPageStatus } from '../../ui/form-page';
import type { MessageKey } from '../../ui/i18n';
import type { Site } from './list-sites';
import type { Space } from './list-spaces';
import { spaceKinds } from './schema';

const labels: Record<string, MessageKey> = { kind: 'centre.space.kind', name: 'centre.space.name', capacity: 'centre.space.capacity' };

export function spaceValues(space: Space): Record<string, string> {
  return { kind: space.kind, name: space.name, capacity: String(space.capacity) };
}

/** `/centre/sites/:id/spaces/new` and `…/spaces/:spaceId/edit`: a space's kind, name and capacity. */
export function renderSpaceFormPage(
  c: AppContext,
  page: { site: Site; spaceId?: string; values: Record<string, string>; errors?: FieldErrors },
  status: FormPageStatus = 200,
) {
  const { t } = c.var;
  const { values, errors = {} } = page;
  const base = `/centre/sites/${page.site.id}`;
  return renderFormPage(
    c,
    {
      title: page.spaceId ? t('centre.space.editTitle', { site: page.site.name }) : t('centre.space.newTitle', { site: page.site.name }),
      action: page.spaceId ? `${base}/spaces/${page.spaceId}/edit` : `${base}/spaces/new`,
      submit: page.spaceId ? 'centre.space.save' : 'centre.space.add',
      state: { errors, values },
      labels,
      fields: (
        <>
          <SelectField
            t={t}
            name="kind"
            label="centre.space.kind"
            hint="centre.space.kindHint"
            required
            value={values.kind}
            error={errors.kind}
            options={spaceKinds.map((kind) => ({ value: kind, label: t(`centre.kind.${kind}`) }))}
          />
          <TextField t={t} name="name" label="centre.space.name" hint="centre.space.nameHint" required value={values.name} error={errors.name} />
          <TextField t={t} name="capacity" label="centre.space.capacity" hint="centre.space.capacityHint" value={values.capacity} error={errors.capacity} inputmode="numeric" />
        </>
      ),
      after: (
        <p>
          <a href={base}>{t('centre.back')}</a>
        </p>
      ),
    },
    status,
  );
}
