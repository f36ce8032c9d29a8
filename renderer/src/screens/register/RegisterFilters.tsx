import type { Ward } from '../../api/types';
import { optionsFrom, SelectField } from '../../components/SelectField';
import { PROGRAMME_STATUS_LABELS, PROGRAMME_TYPE_LABELS } from '../../labels';
import type { RegisterState } from './register-state';

interface RegisterFiltersProps {
  state: RegisterState;
  searchText: string;
  onSearchText: (text: string) => void;
  wards: readonly Ward[];
  onChange: (patch: Partial<RegisterState>) => void;
  onClear: () => void;
}

export function RegisterFilters({ state, searchText, onSearchText, wards, onChange, onClear }: RegisterFiltersProps) {
  const filtered = Boolean(state.search || searchText || state.status || state.type || state.wardCode || state.includeArchived);
  return (
    <div role="search" className="filters" aria-label="Filter the register">
      <div className="field filters__search">
        <label htmlFor="register-search" className="field__label">
          Search programmes
        </label>
        <p id="register-search-hint" className="field__hint">
          Searches codes, names and summaries.
        </p>
        <input
          id="register-search"
          type="search"
          className="input"
          value={searchText}
          onChange={(event) => onSearchText(event.target.value)}
          aria-describedby="register-search-hint"
          autoComplete="off"
        />
      </div>
      <SelectField
        id="register-status"
        label="Status"
        value={state.status}
        placeholder="Any status"
        options={optionsFrom(PROGRAMME_STATUS_LABELS)}
        onValueChange={(status) => onChange({ status })}
      />
      <SelectField
        id="register-type"
        label="Type"
        value={state.type}
        placeholder="Any type"
        options={optionsFrom(PROGRAMME_TYPE_LABELS)}
        onValueChange={(type) => onChange({ type })}
      />
      <SelectField
        id="register-ward"
        label="Ward"
        value={state.wardCode}
        placeholder="Any ward"
        options={wards.map((ward) => ({ value: ward.code, label: ward.verified ? ward.name : `${ward.name} (unverified code)` }))}
        onValueChange={(wardCode) => onChange({ wardCode })}
      />
      <div className="checkbox filters__archived">
        <input
          id="register-archived"
          type="checkbox"
          checked={state.includeArchived}
          onChange={(event) => onChange({ includeArchived: event.target.checked })}
        />
        <label htmlFor="register-archived">Show archived programmes</label>
      </div>
      {filtered && (
        <button type="button" className="button button--link filters__clear" onClick={onClear}>
          Clear filters
        </button>
      )}
    </div>
  );
}
