import { useEffect, useState, type FormEvent } from 'react';
import { format } from '../../i18n/language.ts';
import type { Me, StaffApiError } from '../staff-api.ts';
import { useStaffStrings } from '../use-staff-strings.ts';
import { mayManageReference, OFFENCE_CATEGORIES } from './admin-access.ts';
import type { AdminApi, Offence, OffenceBody } from './admin-api.ts';
import { AdminError, asStaffError } from './AdminError.tsx';
import { FormIssues, SelectField, TextField } from './AdminFields.tsx';
import {
  createOffenceBody,
  EMPTY_OFFENCE_FORM,
  issueOf,
  offenceForm,
  offencePatch,
  type FieldIssue,
  type FormResult,
  type OffenceForm,
} from './admin-forms.ts';
import { useAdminStrings } from './use-admin-strings.ts';

/** Category names as the statistics page shows them. */
function useCategoryLabel(): (category: string) => string {
  const labels: Record<string, string> = useStaffStrings().statistics.offences;
  return (category) => (Object.hasOwn(labels, category) ? (labels[category] ?? category) : category);
}

function OffenceFields({
  idPrefix,
  title,
  submitLabel,
  initial,
  creating,
  toBody,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  title: string;
  submitLabel: string;
  initial: OffenceForm;
  creating: boolean;
  toBody: (form: OffenceForm) => FormResult<OffenceBody>;
  onSubmit: (body: OffenceBody) => Promise<string>;
  onCancel?: () => void;
}) {
  const strings = useAdminStrings();
  const fields = strings.offences.fields;
  const categoryLabel = useCategoryLabel();
  const [form, setForm] = useState<OffenceForm>(initial);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const [notice, setNotice] = useState('');

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const result = toBody(form);
    setIssues(result.ok ? [] : result.issues);
    setNotice('');
    if (!result.ok) return;
    if (Object.keys(result.body).length === 0) {
      setNotice(strings.users.detail.nothingChanged);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const done = await onSubmit(result.body);
      if (creating) setForm(initial);
      setNotice(done);
    } catch (error) {
      setFailure(asStaffError(error));
    } finally {
      setBusy(false);
    }
  };

  const text = (
    name: 'code' | 'countryCode' | 'statute' | 'article' | 'labelEn' | 'labelKm',
    max: number,
    options: { required?: boolean; hint?: string; lang?: string } = {},
  ) => (
    <TextField
      id={`${idPrefix}-${name}`}
      label={options.required === true ? fields[name] : `${fields[name]} ${strings.optional}`}
      value={form[name]}
      maxLength={max}
      required={options.required === true}
      {...(options.hint === undefined ? {} : { hint: options.hint })}
      {...(options.lang === undefined ? {} : { lang: options.lang })}
      issue={issueOf(issues, name)}
      onChange={(value) => setForm({ ...form, [name]: value })}
    />
  );

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby={`${idPrefix}-title`}
      data-testid={idPrefix}
    >
      <h4 id={`${idPrefix}-title`}>{title}</h4>
      <FormIssues issues={issues} />
      {creating ? text('code', 80, { required: true, hint: fields.codeHint }) : null}
      {text('countryCode', 2, { required: true })}
      {text('statute', 200, { required: true })}
      {text('article', 50)}
      <div className="checkbox">
        <input
          id={`${idPrefix}-verified`}
          type="checkbox"
          checked={form.articleVerified}
          onChange={(event) => setForm({ ...form, articleVerified: event.target.checked })}
        />
        <label htmlFor={`${idPrefix}-verified`}>{fields.articleVerified}</label>
      </div>
      {text('labelEn', 500, { required: true })}
      {text('labelKm', 500, { lang: 'km' })}
      <SelectField
        id={`${idPrefix}-category`}
        label={fields.category}
        value={form.category}
        options={OFFENCE_CATEGORIES.map((category) => ({ value: category, label: categoryLabel(category) }))}
        onChange={(category) => setForm({ ...form, category })}
      />
      {failure === null ? null : <AdminError error={failure} />}
      <p role="status" className="admin-status" data-testid={`${idPrefix}-status`}>
        {notice}
      </p>
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? strings.saving : submitLabel}
        </button>
        {onCancel === undefined ? null : (
          <button type="button" className="button secondary" onClick={onCancel}>
            {strings.close}
          </button>
        )}
      </div>
    </form>
  );
}

/**
 * The legal catalogue: every offence with its statute, article, labels, category and whether it
 * is still in use (retired offences stay listed, marked retired). `reference.manage` adds,
 * corrects and retires or restores offences.
 */
export function OffencesPage({ adminApi, me }: { adminApi: AdminApi; me: Me }) {
  const strings = useAdminStrings();
  const offences = strings.offences;
  const categoryLabel = useCategoryLabel();
  const manage = mayManageReference(me);
  const [list, setList] = useState<Offence[] | null>(null);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [rowFailure, setRowFailure] = useState<{ id: string; error: StaffApiError } | null>(null);

  useEffect(() => {
    let live = true;
    adminApi.offences({ includeInactive: manage }).then(
      (found) => live && setList(found),
      (error: unknown) => live && setFailure(asStaffError(error)),
    );
    return () => {
      live = false;
    };
  }, [adminApi, manage]);

  const replace = (changed: Offence) =>
    setList((current) => (current ?? []).map((item) => (item.id === changed.id ? changed : item)));
  const setActive = async (offence: Offence, active: boolean): Promise<void> => {
    setBusy(offence.id);
    setRowFailure(null);
    try {
      replace(await adminApi.updateOffence(offence.id, offence.version, { active }));
    } catch (error) {
      setRowFailure({ id: offence.id, error: asStaffError(error) });
    } finally {
      setBusy(null);
    }
  };
  const edited = list?.find((offence) => offence.id === editing);

  return (
    <section aria-labelledby="admin-offences-title">
      <h3 id="admin-offences-title">{offences.title}</h3>
      <p className="hint">{offences.intro}</p>
      {failure === null ? null : <AdminError error={failure} />}
      {list === null && failure === null ? <p className="hint">{strings.loading}</p> : null}
      {list !== null && list.length === 0 ? <p>{offences.empty}</p> : null}
      {list === null || list.length === 0 ? null : (
        <div className="admin-table-wrap">
          <table className="admin-table" data-testid="offences-table">
            <thead>
              <tr>
                <th scope="col">{offences.columns.code}</th>
                <th scope="col">{offences.columns.statute}</th>
                <th scope="col">{offences.columns.article}</th>
                <th scope="col">{offences.columns.labelEn}</th>
                <th scope="col">{offences.columns.labelKm}</th>
                <th scope="col">{offences.columns.category}</th>
                <th scope="col">{offences.columns.state}</th>
                {manage ? <th scope="col">{offences.columns.actions}</th> : null}
              </tr>
            </thead>
            <tbody>
              {list.map((offence) => (
                <tr
                  key={offence.id}
                  data-testid="offence-row"
                  data-code={offence.code}
                  data-active={String(offence.active)}
                  className={offence.active ? undefined : 'admin-retired'}
                >
                  <th scope="row">
                    <bdi>{offence.code}</bdi>
                  </th>
                  <td>
                    <bdi>{offence.statute}</bdi>
                  </td>
                  <td>
                    {offence.article ?? strings.none}
                    {offence.article !== null && !offence.articleVerified ? (
                      <span className="hint"> ({offences.unverified})</span>
                    ) : null}
                  </td>
                  <td lang="en">{offence.labelEn}</td>
                  <td lang="km">{offence.labelKm ?? strings.none}</td>
                  <td>{categoryLabel(offence.category)}</td>
                  <td data-testid="offence-state">
                    {offence.active ? offences.inForce : <strong>{offences.retired}</strong>}
                  </td>
                  {manage ? (
                    <td>
                      <div className="actions">
                        <button
                          type="button"
                          className="button secondary"
                          aria-expanded={editing === offence.id}
                          aria-controls="offence-edit"
                          onClick={() => setEditing(editing === offence.id ? null : offence.id)}
                        >
                          {offences.correct}
                        </button>
                        <button
                          type="button"
                          className="button secondary"
                          disabled={busy === offence.id}
                          onClick={() => void setActive(offence, !offence.active)}
                        >
                          {offence.active ? offences.retire : offences.restore}
                        </button>
                      </div>
                      {rowFailure?.id === offence.id ? <AdminError error={rowFailure.error} /> : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {manage && edited !== undefined ? (
        <div id="offence-edit">
          <OffenceFields
            key={edited.id}
            idPrefix="offence-edit"
            title={format(offences.edit.title, { code: edited.code })}
            submitLabel={offences.edit.submit}
            initial={offenceForm(edited)}
            creating={false}
            toBody={(form) => offencePatch(edited, form)}
            onSubmit={async (body) => {
              replace(await adminApi.updateOffence(edited.id, edited.version, body));
              return strings.saved;
            }}
            onCancel={() => setEditing(null)}
          />
        </div>
      ) : null}
      {manage && list !== null ? (
        <OffenceFields
          idPrefix="offence-add"
          title={offences.add.title}
          submitLabel={offences.add.submit}
          initial={EMPTY_OFFENCE_FORM}
          creating
          toBody={createOffenceBody}
          onSubmit={async (body) => {
            const added = await adminApi.addOffence(body);
            setList((current) => [...(current ?? []), added]);
            return format(offences.add.added, { code: added.code });
          }}
        />
      ) : null}
    </section>
  );
}
