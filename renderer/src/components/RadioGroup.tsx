import { errorId, fieldId } from '../forms/field-errors';

interface RadioGroupProps {
  /** The field path; the fieldset gets its id so an error summary can move focus to it. */
  path: string;
  prefix: string;
  legend: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string; hint?: string }>;
  onValueChange: (value: string) => void;
  errors?: readonly string[] | undefined;
}

/** A fieldset of radio buttons with a visible legend and an inline error. */
export function RadioGroup({ path, prefix, legend, value, options, onValueChange, errors }: RadioGroupProps) {
  const id = fieldId(path, prefix);
  const hasError = Boolean(errors && errors.length);
  return (
    <fieldset className={`radios field${hasError ? ' field--error' : ''}`} id={id} tabIndex={-1} aria-describedby={hasError ? errorId(path, prefix) : undefined}>
      <legend className="field__label">{legend}</legend>
      {hasError && (
        <p id={errorId(path, prefix)} className="field__error">
          <span className="visually-hidden">Error: </span>
          {errors!.join(' ')}
        </p>
      )}
      {options.map((option) => (
        <div className="radios__item" key={option.value}>
          <input
            id={`${id}-${option.value}`}
            type="radio"
            name={id}
            value={option.value}
            checked={value === option.value}
            onChange={() => onValueChange(option.value)}
            aria-describedby={option.hint ? `${id}-${option.value}-hint` : undefined}
          />
          <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          {option.hint && (
            <p id={`${id}-${option.value}-hint`} className="field__hint radios__hint">
              {option.hint}
            </p>
          )}
        </div>
      ))}
    </fieldset>
  );
}
