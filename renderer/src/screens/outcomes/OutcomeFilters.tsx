import type { ReactNode } from 'react';
import type { TreeElement } from '../../api/types';
import { optionsFrom, SelectField } from '../../components/SelectField';
import { labelOf } from '../../labels';
import { ELEMENT_KIND_LABELS, RAG_LABELS, TIER_LABELS } from '../../outcomes/outcome-labels';
import type { TreeFilter } from './outcomes-tree';

interface OutcomeFiltersProps {
  /** The framework and version pickers, shown first. */
  children: ReactNode;
  topElements: readonly TreeElement[];
  filter: TreeFilter;
  onChange: (patch: Partial<TreeFilter>) => void;
  onClear: () => void;
}

export function OutcomeFilters({ children, topElements, filter, onChange, onClear }: OutcomeFiltersProps) {
  const kinds = [...new Set(topElements.map((e) => labelOf(ELEMENT_KIND_LABELS, e.kind)))];
  const elementLabel = kinds.length === 1 ? kinds[0]! : 'Pillar or mission';
  const filtered = Boolean(filter.elementCode || filter.tier || filter.rag);
  return (
    <div role="search" className="filters" aria-label="Choose a framework and filter its indicators">
      {children}
      <SelectField
        id="outcomes-element"
        label={elementLabel}
        value={filter.elementCode}
        placeholder={`Any ${elementLabel.toLowerCase()}`}
        options={topElements.map((e) => ({ value: e.code, label: e.title }))}
        onValueChange={(elementCode) => onChange({ elementCode })}
      />
      <SelectField id="outcomes-tier" label="Tier" value={filter.tier} placeholder="Any tier" options={optionsFrom(TIER_LABELS)} onValueChange={(tier) => onChange({ tier })} />
      <SelectField id="outcomes-rag" label="RAG rating" value={filter.rag} placeholder="Any rating" options={optionsFrom(RAG_LABELS)} onValueChange={(rag) => onChange({ rag })} />
      {filtered && (
        <button type="button" className="button button--link filters__clear" onClick={onClear}>
          Clear filters
        </button>
      )}
    </div>
  );
}
