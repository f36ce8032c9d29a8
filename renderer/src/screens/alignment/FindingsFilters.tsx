import type { AlignmentRule, FindingsResult } from '../../api/types';
import { formatCount } from '../../format/money';
import { optionsFrom, SelectField } from '../../components/SelectField';
import { FINDING_SEVERITIES, FINDING_SEVERITY_LABELS, FINDING_STATUS_FILTER_LABELS, type FindingStatusFilter } from '../../labels';
import { isFiltered, toggleSeverity, type FindingsFilterState } from './findings-state';

interface FindingsFiltersProps {
  filter: FindingsFilterState;
  rules: readonly AlignmentRule[];
  /** Findings per rule under the other filters, to show beside each rule. */
  byRule: FindingsResult['byRule'];
  owners: readonly string[];
  onChange: (patch: Partial<FindingsFilterState>) => void;
  onClear: () => void;
}

export function FindingsFilters({ filter, rules, byRule, owners, onChange, onClear }: FindingsFiltersProps) {
  return (
    <div role="search" className="filters findings-filters" aria-label="Filter the findings">
      <fieldset className="findings-filters__severity">
        <legend className="field__label">Severity</legend>
        <div className="findings-filters__checks">
          {FINDING_SEVERITIES.map((severity) => (
            <label key={severity} className="checkbox">
              <input
                type="checkbox"
                checked={filter.severities.includes(severity)}
                onChange={(event) => onChange({ severities: toggleSeverity(filter.severities, severity, event.target.checked, FINDING_SEVERITIES) })}
              />
              {FINDING_SEVERITY_LABELS[severity]}
            </label>
          ))}
        </div>
      </fieldset>
      <SelectField
        id="findings-rule"
        label="Rule"
        value={filter.ruleId}
        placeholder="Every rule"
        options={rules.map((rule) => {
          const count = byRule.find((r) => r.ruleId === rule.id);
          return { value: rule.id, label: count ? `${rule.title} (${formatCount(count.open + count.acknowledged)})` : rule.title };
        })}
        onValueChange={(ruleId) => onChange({ ruleId })}
        className="findings-filters__rule"
      />
      <SelectField
        id="findings-owner"
        label="Owner"
        value={filter.owner}
        placeholder="Anyone"
        options={owners.map((owner) => ({ value: owner, label: owner }))}
        onValueChange={(owner) => onChange({ owner })}
      />
      <SelectField
        id="findings-status"
        label="Status"
        value={filter.status}
        options={optionsFrom(FINDING_STATUS_FILTER_LABELS)}
        onValueChange={(status) => onChange({ status: status as FindingStatusFilter })}
        className="findings-filters__status"
      />
      <div className="filters__buttons">
        <button type="button" className="button button--secondary" disabled={!isFiltered(filter)} onClick={onClear}>
          Clear filters
        </button>
      </div>
    </div>
  );
}
