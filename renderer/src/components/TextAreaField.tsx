import type { TextareaHTMLAttributes } from 'react';
import { FieldShell } from './FieldShell';

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange' | 'className'> {
  id: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  hint?: string | undefined;
  errors?: readonly string[] | undefined;
  className?: string | undefined;
}

export function TextAreaField({ id, label, value, onValueChange, hint, errors, className, rows = 3, ...rest }: TextAreaFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} className={className}>
      {(describedBy, invalid) => (
        <textarea
          {...rest}
          id={id}
          rows={rows}
          className="textarea"
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
        />
      )}
    </FieldShell>
  );
}
