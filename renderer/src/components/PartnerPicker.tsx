import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { trpc } from '../api/trpc';
import type { PartnerOption } from '../api/types';
import { useDebouncedValue } from '../screens/register/useDebouncedValue';
import { FieldShell } from './FieldShell';

const count = (n: number) => n.toLocaleString('en-GB');

export interface PartnerPickerProps {
  id: string;
  label: string;
  /** The chosen partner's id as text ('' for none). */
  value: string;
  onValueChange: (value: string) => void;
  /** The chosen partner's details once known (e.g. its due-diligence standing), undefined when none. */
  onChosen?: ((partner: PartnerOption | undefined) => void) | undefined;
  /** How each partner reads in the list; its name by default. */
  describe?: ((partner: PartnerOption) => string) | undefined;
  hint?: string | undefined;
  errors?: readonly string[] | undefined;
  className?: string | undefined;
}

/**
 * Choosing a partner from a directory of up to 20,000: a search box above a list of at most 50
 * matches, searched on the server (partners.options, by name, org id or registered number). The
 * partner already chosen is always in the list, even if it would not match or has been archived.
 */
export function PartnerPicker({ id, label, value, onValueChange, onChosen, describe, hint, errors, className }: PartnerPickerProps) {
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim(), 250);
  const chosenId = /^\d+$/.test(value) ? Number(value) : null;
  const options = useQuery(
    trpc.partners.options.queryOptions({ search, ids: chosenId === null ? [] : [chosenId] }, { placeholderData: keepPreviousData, staleTime: 30_000 }),
  );
  const rows = options.data?.rows ?? [];
  const chosen = chosenId === null ? undefined : rows.find((p) => p.id === chosenId);
  useEffect(() => onChosen?.(chosen), [chosen, onChosen]);
  const matches = options.data ? options.data.total : 0;
  const shown = rows.filter((p) => !p.archived).length;
  const label$ = (p: PartnerOption) => (describe ? describe(p) : p.name) + (p.archived ? ' (archived)' : '');
  const searchId = `${id}-search`;
  const statusId = `${id}-matches`;
  return (
    <div className={`partner-picker${className ? ` ${className}` : ''}`}>
      <div className="field partner-picker__search">
        <label htmlFor={searchId} className="field__label">
          Search partners for “{label}”
        </label>
        <input
          id={searchId}
          type="search"
          className="input"
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-describedby={statusId}
          aria-controls={id}
          autoComplete="off"
        />
        <p id={statusId} className="field__hint" aria-live="polite">
          {options.isError
            ? 'The partners could not be loaded.'
            : !options.data
              ? 'Loading partners…'
              : matches === 0
                ? search
                  ? `No partner matches “${search}”.`
                  : 'The partner directory is empty.'
                : matches > shown
                  ? `Showing the first ${count(shown)} of ${count(matches)} partners${search ? ' that match' : ''}: type a name or org id to narrow the list.`
                  : `${count(matches)} ${matches === 1 ? 'partner' : 'partners'}${search ? ' match' : ''}.`}
        </p>
      </div>
      <FieldShell id={id} label={label} hint={hint} errors={errors}>
        {(describedBy, invalid) => (
          <select id={id} className="select" value={value} onChange={(event) => onValueChange(event.target.value)} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
            <option value="">Choose a partner</option>
            {chosenId !== null && !chosen && <option value={value}>{options.data ? `Partner #${value} (not in the directory)` : 'Loading…'}</option>}
            {rows.map((p) => (
              <option key={p.id} value={String(p.id)}>
                {label$(p)}
              </option>
            ))}
          </select>
        )}
      </FieldShell>
    </div>
  );
}
