import { optionsFrom, SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { fieldId } from '../../forms/field-errors';
import { FormErrorsContext } from '../../forms/FormErrorsContext';
import { removeAt, replaceAt } from '../../forms/list-ops';
import { MoneyField } from '../../forms/MoneyField';
import { newFundingLine, type FundingLineDraft } from '../../forms/programme-draft';
import { CERTAINTY_LABELS, FUNDING_SOURCE_LABELS, PILLAR_LABELS, SPEND_TYPE_LABELS } from '../../labels';
import { useContext } from 'react';
import { RepeatableRow, RepeatableSection } from './RepeatableSection';

interface Props {
  lines: FundingLineDraft[];
  onChange: (lines: FundingLineDraft[]) => void;
}

export function FundingLinesEditor({ lines, onChange }: Props) {
  const errors = useContext(FormErrorsContext);
  return (
    <RepeatableSection
      path="fundingLines"
      title="Funding lines"
      addLabel="Add funding line"
      emptyText="No funding lines yet."
      count={lines.length}
      onAdd={() => onChange([...lines, newFundingLine()])}
    >
      {lines.map((line, index) => {
        const path = (field: string) => `fundingLines.${index}.${field}`;
        const set = (patch: Partial<FundingLineDraft>) => onChange(replaceAt(lines, index, patch));
        return (
          <RepeatableRow key={line.key} path={`fundingLines.${index}`} legend={`Funding line ${index + 1}`} onRemove={() => onChange(removeAt(lines, index))}>
            <SelectField
              id={fieldId(path('source'))}
              label="Funding source"
              value={line.source}
              options={optionsFrom(FUNDING_SOURCE_LABELS)}
              onValueChange={(source) => set({ source })}
              errors={errors[path('source')]}
            />
            {line.source === 'is_pillar' && (
              <SelectField
                id={fieldId(path('pillarCode'))}
                label="Pillar"
                value={line.pillarCode}
                placeholder="Choose a pillar"
                options={optionsFrom(PILLAR_LABELS)}
                onValueChange={(pillarCode) => set({ pillarCode })}
                errors={errors[path('pillarCode')]}
              />
            )}
            <TextField
              id={fieldId(path('financialYear'))}
              label="Financial year"
              hint="April to March, like 2025/26"
              value={line.financialYear}
              onValueChange={(financialYear) => set({ financialYear })}
              errors={errors[path('financialYear')]}
              autoComplete="off"
              inputClassName="input--short"
            />
            <SelectField
              id={fieldId(path('spendType'))}
              label="Revenue or capital"
              value={line.spendType}
              options={optionsFrom(SPEND_TYPE_LABELS)}
              onValueChange={(spendType) => set({ spendType })}
              errors={errors[path('spendType')]}
            />
            <MoneyField
              id={fieldId(path('amountPence'))}
              label="Amount (£)"
              value={line.amount}
              onValueChange={(amount) => set({ amount })}
              errors={errors[path('amountPence')]}
            />
            <SelectField
              id={fieldId(path('certainty'))}
              label="Certainty"
              value={line.certainty}
              options={optionsFrom(CERTAINTY_LABELS)}
              onValueChange={(certainty) => set({ certainty })}
              errors={errors[path('certainty')]}
            />
            <TextField
              id={fieldId(path('note'))}
              label="Note"
              value={line.note}
              onValueChange={(note) => set({ note })}
              errors={errors[path('note')]}
              className="field--wide"
            />
          </RepeatableRow>
        );
      })}
    </RepeatableSection>
  );
}
