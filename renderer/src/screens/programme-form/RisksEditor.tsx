import { useContext } from 'react';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { fieldId } from '../../forms/field-errors';
import { FormErrorsContext } from '../../forms/FormErrorsContext';
import { removeAt, replaceAt } from '../../forms/list-ops';
import { newRisk, type RiskDraft } from '../../forms/programme-draft';
import { riskScore } from '../programme/risk-score';
import { RepeatableRow, RepeatableSection } from './RepeatableSection';

const LIKELIHOOD = ['1 – Rare', '2 – Unlikely', '3 – Possible', '4 – Likely', '5 – Almost certain'].map((label, i) => ({ value: String(i + 1), label }));
const IMPACT = ['1 – Negligible', '2 – Minor', '3 – Moderate', '4 – Major', '5 – Severe'].map((label, i) => ({ value: String(i + 1), label }));

interface Props {
  risks: RiskDraft[];
  onChange: (risks: RiskDraft[]) => void;
}

export function RisksEditor({ risks, onChange }: Props) {
  const errors = useContext(FormErrorsContext);
  return (
    <RepeatableSection path="risks" title="Risks" addLabel="Add risk" emptyText="No risks yet." count={risks.length} onAdd={() => onChange([...risks, newRisk()])}>
      {risks.map((risk, index) => {
        const path = (field: string) => `risks.${index}.${field}`;
        const set = (patch: Partial<RiskDraft>) => onChange(replaceAt(risks, index, patch));
        const { score, rating } = riskScore(Number(risk.likelihood), Number(risk.impact));
        return (
          <RepeatableRow key={risk.key} path={`risks.${index}`} legend={`Risk ${index + 1}`} onRemove={() => onChange(removeAt(risks, index))}>
            <TextAreaField
              id={fieldId(path('description'))}
              label="Risk description"
              value={risk.description}
              onValueChange={(description) => set({ description })}
              errors={errors[path('description')]}
              className="field--wide"
            />
            <SelectField id={fieldId(path('likelihood'))} label="Likelihood" value={risk.likelihood} options={LIKELIHOOD} onValueChange={(likelihood) => set({ likelihood })} errors={errors[path('likelihood')]} />
            <SelectField id={fieldId(path('impact'))} label="Impact" value={risk.impact} options={IMPACT} onValueChange={(impact) => set({ impact })} errors={errors[path('impact')]} />
            <p className="risk-score">
              Score: <strong>{score}</strong> of 25 ({rating})
            </p>
            <TextField id={fieldId(path('owner'))} label="Risk owner" value={risk.owner} onValueChange={(owner) => set({ owner })} errors={errors[path('owner')]} />
            <TextAreaField
              id={fieldId(path('mitigation'))}
              label="Mitigation"
              value={risk.mitigation}
              onValueChange={(mitigation) => set({ mitigation })}
              errors={errors[path('mitigation')]}
              className="field--wide"
            />
          </RepeatableRow>
        );
      })}
    </RepeatableSection>
  );
}
