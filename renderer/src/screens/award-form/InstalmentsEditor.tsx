import { useContext } from 'react';
import { TextField } from '../../components/TextField';
import { fieldId } from '../../forms/field-errors';
import { FormErrorsContext } from '../../forms/FormErrorsContext';
import { removeAt, replaceAt } from '../../forms/list-ops';
import { MoneyField } from '../../forms/MoneyField';
import { parsePoundsToPence, penceToPoundsInput } from '../../forms/money-input';
import { instalmentTotals, splitEvenly } from '../../grants/instalments';
import { RepeatableRow, RepeatableSection } from '../programme-form/RepeatableSection';
import { newInstalment, type InstalmentDraft } from './award-draft';

interface Props {
  awardAmount: string;
  rows: InstalmentDraft[];
  onChange: (rows: InstalmentDraft[]) => void;
}

/** The payment schedule: due dates and amounts, with the running total against the award shown as you type. */
export function InstalmentsEditor({ awardAmount, rows, onChange }: Props) {
  const errors = useContext(FormErrorsContext);
  const totals = instalmentTotals(awardAmount, rows);
  const award = parsePoundsToPence(awardAmount);
  return (
    <RepeatableSection path="instalments" title="Instalments" addLabel="Add instalment" emptyText="No instalments yet: add at least one." count={rows.length} onAdd={() => onChange([...rows, newInstalment()])}>
      <p className={`instalment-total instalment-total--${totals.status}`} role="status">
        <span className="instalment-total__mark" aria-hidden="true">
          {totals.status === 'match' ? '✓' : totals.status === 'unknown' ? '…' : '!'}
        </span>{' '}
        {totals.message}
      </p>
      {award.ok && award.pence > 0 && rows.length > 0 && (
        <p>
          <button
            type="button"
            className="button button--link"
            onClick={() => {
              const amounts = splitEvenly(award.pence, rows.length);
              onChange(rows.map((row, index) => ({ ...row, amount: penceToPoundsInput(amounts[index]!) })));
            }}
          >
            Split the award evenly across {rows.length === 1 ? 'the instalment' : `the ${rows.length} instalments`}
          </button>
        </p>
      )}
      {rows.map((row, index) => {
        const path = (field: string) => `instalments.${index}.${field}`;
        return (
          <RepeatableRow key={row.key} path={`instalments.${index}`} legend={`Instalment ${index + 1}`} onRemove={() => onChange(removeAt(rows, index))}>
            <TextField
              id={fieldId(path('dueDate'))}
              label="Due date"
              type="date"
              value={row.dueDate}
              onValueChange={(dueDate) => onChange(replaceAt(rows, index, { dueDate }))}
              errors={errors[path('dueDate')]}
              inputClassName="input--short"
            />
            <MoneyField id={fieldId(path('amountPence'))} label="Amount (£)" value={row.amount} onValueChange={(amount) => onChange(replaceAt(rows, index, { amount }))} errors={errors[path('amountPence')]} />
          </RepeatableRow>
        );
      })}
    </RepeatableSection>
  );
}
