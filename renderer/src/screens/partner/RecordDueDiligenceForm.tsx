import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { trpc } from '../../api/trpc';
import type { RouterInputs } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { todayIso } from '../../format/dates';
import { errorId, type FieldErrors } from '../../forms/field-errors';
import { useFormErrors } from '../../forms/useFormErrors';
import { DUE_DILIGENCE_CHECK_LABELS } from '../../grants/grants-labels';

type Check = RouterInputs['partners']['recordDueDiligence']['checks'][number];
const LABELS: Record<string, string> = { checks: 'Checks carried out', checkedBy: 'Checked by', checkedOn: 'Date of the check', expiresOn: 'Expires on', notes: 'Notes', partnerId: 'Partner' };
const PREFIX = 'dd';

/** "2026-11-25" -> "2027-11-25" (29 February becomes 1 March). */
function aYearLater(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y! + 1, m! - 1, d!));
  return date.toISOString().slice(0, 10);
}

/** Finance officers record a due-diligence check; the latest check decides the partner's standing. */
export function RecordDueDiligenceForm({ partnerId }: { partnerId: number }) {
  const queryClient = useQueryClient();
  const today = todayIso();
  const empty = { checks: [] as Check[], checkedBy: '', checkedOn: today, expiresOn: aYearLater(today), notes: '' };
  const [values, setValues] = useState(empty);
  const [saved, setSaved] = useState<string | null>(null);
  const errors = useFormErrors(LABELS, PREFIX);
  const record = useMutation(trpc.partners.recordDueDiligence.mutationOptions());

  function toggle(check: Check, on: boolean) {
    setValues((v) => ({ ...v, checks: on ? [...v.checks, check] : v.checks.filter((c) => c !== check) }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (record.isPending) return;
    setSaved(null);
    const local: FieldErrors = {};
    if (values.checks.length === 0) local.checks = ['Tick at least one check'];
    if (!values.checkedBy.trim()) local.checkedBy = ['Enter who carried out the check'];
    if (!values.checkedOn) local.checkedOn = ['Enter the date of the check'];
    if (!values.expiresOn) local.expiresOn = ['Enter the date the check expires'];
    errors.show(local);
    if (Object.keys(local).length) return;
    record.mutate(
      { partnerId, checks: values.checks, checkedBy: values.checkedBy.trim(), checkedOn: values.checkedOn, expiresOn: values.expiresOn, notes: values.notes.trim() },
      {
        onSuccess: async (result) => {
          setSaved(`Recorded the check. Due diligence is now ${result.status.status}.`);
          setValues(empty);
          await queryClient.invalidateQueries({ queryKey: trpc.partners.pathKey() });
        },
        onError: (error) => errors.showApiError(error),
      },
    );
  }

  const checksError = errors.placed.checks;
  return (
    <section className="panel panel--spaced" aria-labelledby="dd-title">
      <h2 id="dd-title">Record due diligence</h2>
      <form className="form form-grid" onSubmit={submit} noValidate>
        <div className="field--full">
          <ErrorSummary items={errors.summary} focusKey={errors.attempt} title="The check was not recorded" />
        </div>
        <fieldset className={`field field--full checks${checksError ? ' field--error' : ''}`} id={errors.id('checks')} tabIndex={-1} aria-describedby={checksError ? errorId('checks', PREFIX) : undefined}>
          <legend className="field__label">Checks carried out</legend>
          {checksError && (
            <p id={errorId('checks', PREFIX)} className="field__error">
              <span className="visually-hidden">Error: </span>
              {checksError.join(' ')}
            </p>
          )}
          <ul className="checks__list">
            {Object.entries(DUE_DILIGENCE_CHECK_LABELS).map(([code, label]) => (
              <li key={code} className="checkbox">
                <input id={`dd-check-${code}`} type="checkbox" checked={values.checks.includes(code as Check)} onChange={(event) => toggle(code as Check, event.target.checked)} />
                <label htmlFor={`dd-check-${code}`}>{label}</label>
              </li>
            ))}
          </ul>
        </fieldset>
        <TextField id={errors.id('checkedBy')} label="Checked by" hint="A person or team" value={values.checkedBy} onValueChange={(checkedBy) => setValues((v) => ({ ...v, checkedBy }))} errors={errors.placed.checkedBy} />
        <TextField id={errors.id('checkedOn')} label="Date of the check" type="date" value={values.checkedOn} onValueChange={(checkedOn) => setValues((v) => ({ ...v, checkedOn }))} errors={errors.placed.checkedOn} inputClassName="input--short" />
        <TextField id={errors.id('expiresOn')} label="Expires on" hint="The check is valid up to the day before" type="date" value={values.expiresOn} onValueChange={(expiresOn) => setValues((v) => ({ ...v, expiresOn }))} errors={errors.placed.expiresOn} inputClassName="input--short" />
        <TextAreaField id={errors.id('notes')} label="Notes" value={values.notes} onValueChange={(notes) => setValues((v) => ({ ...v, notes }))} errors={errors.placed.notes} className="field--full" />
        <div className="actions field--full">
          <button type="submit" className="button" disabled={record.isPending}>
            {record.isPending ? 'Recording…' : 'Record the check'}
          </button>
          <span role="status">{saved}</span>
        </div>
      </form>
    </section>
  );
}
