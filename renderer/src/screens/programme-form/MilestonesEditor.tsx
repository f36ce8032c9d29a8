import { useContext } from 'react';
import { optionsFrom, SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { fieldId } from '../../forms/field-errors';
import { FormErrorsContext } from '../../forms/FormErrorsContext';
import { removeAt, replaceAt } from '../../forms/list-ops';
import { newMilestone, type MilestoneDraft } from '../../forms/programme-draft';
import { MILESTONE_STATUS_LABELS } from '../../labels';
import { RepeatableRow, RepeatableSection } from './RepeatableSection';

interface Props {
  milestones: MilestoneDraft[];
  onChange: (milestones: MilestoneDraft[]) => void;
}

export function MilestonesEditor({ milestones, onChange }: Props) {
  const errors = useContext(FormErrorsContext);
  return (
    <RepeatableSection
      path="milestones"
      title="Milestones"
      addLabel="Add milestone"
      emptyText="No milestones yet."
      count={milestones.length}
      onAdd={() => onChange([...milestones, newMilestone()])}
    >
      {milestones.map((m, index) => {
        const path = (field: string) => `milestones.${index}.${field}`;
        const set = (patch: Partial<MilestoneDraft>) => onChange(replaceAt(milestones, index, patch));
        return (
          <RepeatableRow key={m.key} path={`milestones.${index}`} legend={`Milestone ${index + 1}`} onRemove={() => onChange(removeAt(milestones, index))}>
            <TextField id={fieldId(path('title'))} label="Milestone title" value={m.title} onValueChange={(title) => set({ title })} errors={errors[path('title')]} className="field--wide" />
            <TextField id={fieldId(path('dueDate'))} label="Due date" type="date" value={m.dueDate} onValueChange={(dueDate) => set({ dueDate })} errors={errors[path('dueDate')]} />
            <SelectField
              id={fieldId(path('status'))}
              label="Progress"
              value={m.status}
              options={optionsFrom(MILESTONE_STATUS_LABELS)}
              onValueChange={(status) => set({ status })}
              errors={errors[path('status')]}
            />
            <TextField
              id={fieldId(path('targetValue'))}
              label="Target"
              inputMode="decimal"
              value={m.targetValue}
              onValueChange={(targetValue) => set({ targetValue })}
              errors={errors[path('targetValue')]}
              inputClassName="input--short"
            />
            <TextField
              id={fieldId(path('actualValue'))}
              label="Actual"
              inputMode="decimal"
              value={m.actualValue}
              onValueChange={(actualValue) => set({ actualValue })}
              errors={errors[path('actualValue')]}
              inputClassName="input--short"
            />
            <TextField
              id={fieldId(path('unit'))}
              label="Unit"
              hint="For example homes, learners"
              value={m.unit}
              onValueChange={(unit) => set({ unit })}
              errors={errors[path('unit')]}
              inputClassName="input--short"
            />
          </RepeatableRow>
        );
      })}
    </RepeatableSection>
  );
}
