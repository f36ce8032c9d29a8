import { useContext } from 'react';
import { optionsFrom, SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { fieldId } from '../../forms/field-errors';
import { FormErrorsContext } from '../../forms/FormErrorsContext';
import type { ProgrammeDraft } from '../../forms/programme-draft';
import { PROGRAMME_STATUS_LABELS, PROGRAMME_TYPE_LABELS } from '../../labels';

interface Props {
  draft: ProgrammeDraft;
  onChange: (patch: Partial<ProgrammeDraft>) => void;
}

/** Code, name, summary, type, status, people and dates. */
export function CoreFields({ draft, onChange }: Props) {
  const errors = useContext(FormErrorsContext);
  const text = (path: 'code' | 'name' | 'leadOfficer' | 'seniorResponsibleOwner') => ({
    id: fieldId(path),
    value: draft[path],
    onValueChange: (value: string) => onChange({ [path]: value }),
    errors: errors[path],
  });
  return (
    <section className="form-section" aria-labelledby="core-fields-title">
      <h2 id="core-fields-title">About the programme</h2>
      <div className="form-grid">
        <TextField {...text('code')} label="Code" hint="Letters, numbers, dashes and underscores, e.g. WGN-GL-001" autoComplete="off" spellCheck={false} inputClassName="input--short" />
        <TextField {...text('name')} label="Name" className="field--wide" autoComplete="off" />
        <TextAreaField
          id={fieldId('summary')}
          label="Summary"
          value={draft.summary}
          onValueChange={(summary) => onChange({ summary })}
          errors={errors.summary}
          rows={4}
          className="field--full"
        />
        <SelectField id={fieldId('type')} label="Type" value={draft.type} options={optionsFrom(PROGRAMME_TYPE_LABELS)} onValueChange={(type) => onChange({ type })} errors={errors.type} />
        <SelectField id={fieldId('status')} label="Status" value={draft.status} options={optionsFrom(PROGRAMME_STATUS_LABELS)} onValueChange={(status) => onChange({ status })} errors={errors.status} />
        <TextField {...text('leadOfficer')} label="Lead officer" autoComplete="off" />
        <TextField {...text('seniorResponsibleOwner')} label="Senior responsible owner" autoComplete="off" />
        <TextField id={fieldId('startDate')} label="Start date" type="date" value={draft.startDate} onValueChange={(startDate) => onChange({ startDate })} errors={errors.startDate} />
        <TextField id={fieldId('endDate')} label="End date" type="date" value={draft.endDate} onValueChange={(endDate) => onChange({ endDate })} errors={errors.endDate} />
      </div>
    </section>
  );
}
