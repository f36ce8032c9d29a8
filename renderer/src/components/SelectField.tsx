import type { SelectHTMLAttributes } from 'react';
import { FieldShell } from './FieldShell';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange' | 'className'> {
  id: string;
  label: string;
  value: string;
  options: readonly SelectOption[];
  onValueChange: (value: string) => void;
  /** Adds a first option with an empty value, e.g. "Any status" or "Choose…". */
  placeholder?: string | undefined;
  hint?: string | undefined;
  errors?: readonly string[] | undefined;
  className?: string | undefined;
}

/** Turns a label table into options, keeping the table's order. */
export function optionsFrom(labels: Record<string, string>): SelectOption[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

export function SelectField({ id, label, value, options, onValueChange, placeholder, hint, errors, className, ...rest }: SelectFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} className={className}>
      {(describedBy, invalid) => (
        <select
          {...rest}
          id={id}
          className="select"
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
