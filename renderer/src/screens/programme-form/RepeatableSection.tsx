import { useEffect, useRef, type ReactNode } from 'react';
import { errorId, fieldId } from '../../forms/field-errors';
import { useFieldErrors } from '../../forms/FormErrorsContext';

interface RepeatableSectionProps {
  path: string;
  title: string;
  addLabel: string;
  emptyText: string;
  count: number;
  onAdd: () => void;
  children: ReactNode;
}

/** A titled list of sub-forms with an "Add …" button; a new row gets keyboard focus. */
export function RepeatableSection({ path, title, addLabel, emptyText, count, onAdd, children }: RepeatableSectionProps) {
  const errors = useFieldErrors(path);
  const focusNewRow = useRef(false);
  const id = fieldId(path);

  useEffect(() => {
    if (!focusNewRow.current) return;
    focusNewRow.current = false;
    const row = document.getElementById(fieldId(`${path}.${count - 1}`));
    row?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [count, path]);

  return (
    <section className="form-section" id={id} tabIndex={-1} aria-labelledby={`${id}-title`} aria-describedby={errors ? errorId(path) : undefined}>
      <h2 id={`${id}-title`}>{title}</h2>
      {errors && (
        <p id={errorId(path)} className="field__error">
          <span className="visually-hidden">Error: </span>
          {errors.join(' ')}
        </p>
      )}
      {count === 0 && <p className="muted">{emptyText}</p>}
      {children}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          focusNewRow.current = true;
          onAdd();
        }}
      >
        {addLabel}
      </button>
    </section>
  );
}

interface RowProps {
  path: string;
  legend: string;
  onRemove: () => void;
  children: ReactNode;
}

/** One row of a repeatable section: a fieldset named "Funding line 2" with its own Remove button. */
export function RepeatableRow({ path, legend, onRemove, children }: RowProps) {
  const errors = useFieldErrors(path);
  const id = fieldId(path);
  return (
    <fieldset className="form-row" id={id} tabIndex={-1} aria-describedby={errors ? errorId(path) : undefined}>
      <legend className="form-row__legend">{legend}</legend>
      {errors && (
        <p id={errorId(path)} className="field__error">
          <span className="visually-hidden">Error: </span>
          {errors.join(' ')}
        </p>
      )}
      <div className="form-row__grid">{children}</div>
      <div className="form-row__actions">
        <button type="button" className="button button--link button--danger-link" onClick={onRemove}>
          Remove<span className="visually-hidden"> {legend.toLowerCase()}</span>
        </button>
      </div>
    </fieldset>
  );
}
