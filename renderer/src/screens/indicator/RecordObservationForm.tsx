import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { errorInfo } from '../../api/errors';
import { trpc } from '../../api/trpc';
import { ErrorSummary } from '../../components/ErrorSummary';
import { optionsFrom, SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { fieldId, placeFieldErrors, summaryItems, type FieldErrors } from '../../forms/field-errors';
import { labelOf } from '../../labels';
import { FREQUENCY_LABELS, OBSERVATION_STATUS_LABELS } from '../../outcomes/outcome-labels';
import { examplePeriod } from '../../outcomes/periods';
import { parseObservationValue } from './area-options';

const LABELS: Record<string, string> = { period: 'Period', areaCode: 'Area', value: 'Value', status: 'Status', sourceNote: 'Source note', commentary: 'Commentary' };
const KNOWN = new Set(Object.keys(LABELS));
const PREFIX = 'obs';

interface RecordObservationFormProps {
  indicatorId: number;
  frequency: string;
  areas: ReadonlyArray<{ code: string; name: string }>;
  defaultAreaCode: string;
}

/** Editors record one figure; a figure for a period that already has one becomes a new revision. */
export function RecordObservationForm({ indicatorId, frequency, areas, defaultAreaCode }: RecordObservationFormProps) {
  const queryClient = useQueryClient();
  const empty = { period: '', areaCode: defaultAreaCode, value: '', status: 'provisional', sourceNote: '', commentary: '' };
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const record = useMutation(trpc.outcomes.recordObservation.mutationOptions());
  const set = (key: keyof typeof empty) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const placed = placeFieldErrors(errors, KNOWN);
  const id = (path: string) => fieldId(path, PREFIX);

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const local: FieldErrors = {};
    if (!values.period.trim()) local.period = [`Enter a period, for example ${examplePeriod(frequency)}`];
    if (!values.areaCode) local.areaCode = ['Choose an area'];
    const value = parseObservationValue(values.value);
    if (value === null) local.value = ['Enter the value as a number, for example 1,250 or 72.5'];
    setErrors(local);
    setAttempt((n) => n + 1);
    if (Object.keys(local).length || value === null) return;
    record.mutate(
      { indicatorId, period: values.period.trim(), areaCode: values.areaCode, value, status: values.status as 'provisional' | 'final', sourceNote: values.sourceNote.trim(), commentary: values.commentary.trim() },
      {
        onSuccess: async (result) => {
          setSaved(result.revision > 1 ? `Saved as revision ${result.revision} of ${values.period.trim()}.` : `Saved the figure for ${values.period.trim()}.`);
          setValues({ ...empty, areaCode: values.areaCode });
          await queryClient.invalidateQueries({ queryKey: trpc.outcomes.pathKey() });
        },
        onError: (error) => {
          const info = errorInfo(error);
          setErrors(info.fieldErrors ?? { _form: [info.message] });
          setAttempt((n) => n + 1);
        },
      },
    );
  }

  return (
    <section className="panel" aria-labelledby="record-title">
      <h2 id="record-title">Record an observation</h2>
      <form className="form form-grid" onSubmit={submit} noValidate>
        <div className="field--full">
          <ErrorSummary items={summaryItems(placed, Object.keys(LABELS), (path) => LABELS[path] ?? path, PREFIX)} focusKey={attempt} />
        </div>
        <TextField
          id={id('period')}
          label="Period"
          hint={`${labelOf(FREQUENCY_LABELS, frequency)}, for example ${examplePeriod(frequency)}`}
          value={values.period}
          onValueChange={set('period')}
          errors={placed.period}
          autoComplete="off"
          inputClassName="input--short"
        />
        <SelectField id={id('areaCode')} label="Area" value={values.areaCode} options={areas.map((a) => ({ value: a.code, label: a.name }))} onValueChange={set('areaCode')} errors={placed.areaCode} />
        <TextField id={id('value')} label="Value" inputMode="decimal" value={values.value} onValueChange={set('value')} errors={placed.value} autoComplete="off" inputClassName="input--short" />
        <SelectField id={id('status')} label="Status" value={values.status} options={optionsFrom(OBSERVATION_STATUS_LABELS)} onValueChange={set('status')} errors={placed.status} />
        <TextField id={id('sourceNote')} label="Source note" hint="Where the figure comes from" value={values.sourceNote} onValueChange={set('sourceNote')} errors={placed.sourceNote} className="field--wide" />
        <TextAreaField id={id('commentary')} label="Commentary" value={values.commentary} onValueChange={set('commentary')} errors={placed.commentary} className="field--full" />
        <div className="actions field--full">
          <button type="submit" className="button" disabled={record.isPending}>
            {record.isPending ? 'Saving…' : 'Save observation'}
          </button>
          <span role="status">{saved}</span>
        </div>
      </form>
    </section>
  );
}
