import { useState } from 'react';
import type { Ward } from '../../api/types';
import { errorId, fieldId } from '../../forms/field-errors';
import { useFieldErrors } from '../../forms/FormErrorsContext';

interface Props {
  wards: readonly Ward[];
  selected: readonly string[];
  onChange: (codes: string[]) => void;
  /** Read to screen readers as the group's name. */
  legend?: string;
}

/** Checkboxes for the wards a programme covers, with a filter box for long lists. */
export function WardsPicker({ wards, selected, onChange, legend = 'Wards this programme covers' }: Props) {
  const errors = useFieldErrors('wardCodes');
  const [filter, setFilter] = useState('');
  const chosen = new Set(selected);
  const needle = filter.trim().toLowerCase();
  const visible = needle ? wards.filter((w) => w.name.toLowerCase().includes(needle) || w.code.toLowerCase().includes(needle) || chosen.has(w.code)) : wards;
  const id = fieldId('wardCodes');

  const toggle = (code: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(code);
    else next.delete(code);
    // Keep the order of the ward list so saves do not reorder needlessly.
    onChange([...wards.map((w) => w.code).filter((c) => next.has(c)), ...selected.filter((c) => next.has(c) && !wards.some((w) => w.code === c))]);
  };

  return (
    <section className="form-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Wards</h2>
      <fieldset className="wards" id={id} tabIndex={-1} aria-describedby={errors ? errorId('wardCodes') : undefined}>
        <legend className="visually-hidden">{legend}</legend>
        {errors && (
          <p id={errorId('wardCodes')} className="field__error">
            <span className="visually-hidden">Error: </span>
            {errors.join(' ')}
          </p>
        )}
        <p className="muted" aria-live="polite">
          {chosen.size} of {wards.length} wards chosen.
        </p>
        {wards.length > 12 && (
          <div className="field">
            <label htmlFor="ward-filter" className="field__label">
              Filter wards
            </label>
            <input id="ward-filter" className="input" type="search" value={filter} onChange={(event) => setFilter(event.target.value)} autoComplete="off" />
          </div>
        )}
        <ul className="wards__list">
          {visible.map((ward) => {
            const boxId = `ward-${ward.code}`;
            return (
              <li key={ward.code} className="checkbox">
                <input
                  id={boxId}
                  type="checkbox"
                  checked={chosen.has(ward.code)}
                  onChange={(event) => toggle(ward.code, event.target.checked)}
                  aria-describedby={ward.verified ? undefined : `${boxId}-note`}
                />
                <label htmlFor={boxId}>{ward.name}</label>
                {!ward.verified && (
                  <span id={`${boxId}-note`} className="badge badge--unverified">
                    unverified code
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
    </section>
  );
}
