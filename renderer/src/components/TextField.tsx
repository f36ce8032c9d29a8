import type { InputHTMLAttributes } from 'react';
import { FieldShell } from './FieldShell';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'className'> {
  id: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  hint?: string | undefined;
  errors?: readonly string[] | undefined;
  className?: string | undefined;
  inputClassName?: string | undefined;
}

export function TextField({ id, label, value, onValueChange, hint, errors, className, inputClassName, type = 'text', ...rest }: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} className={className}>
      {(describedBy, invalid) => (
        <input
          {...rest}
          id={id}
          type={type}
          className={`input${inputClassName ? ` ${inputClassName}` : ''}`}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
        />
      )}
    </FieldShell>
  );
}
