import type { ReactNode } from 'react';

export interface FieldShellProps {
  id: string;
  label: string;
  hint?: string | undefined;
  errors?: readonly string[] | undefined;
  className?: string | undefined;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}

/** Visible label, optional hint and inline error for one control, wired with aria-describedby. */
export function FieldShell({ id, label, hint, errors, className, children }: FieldShellProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors && errors.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${errorId ? ' field--error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">Error: </span>
          {errors!.join(' ')}
        </p>
      )}
      {children(describedBy, Boolean(errorId))}
    </div>
  );
}
