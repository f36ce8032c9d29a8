export type ImportKind = 'observations' | 'indicators';

/** Column lists as core/outcomes/import expects them (required first). */
const KINDS: ReadonlyArray<{ value: ImportKind; label: string; required: string; optional: string }> = [
  {
    value: 'observations',
    label: 'Observations',
    required: 'framework, indicator, period, area_code, value',
    optional: 'status, source_note, commentary',
  },
  {
    value: 'indicators',
    label: 'Indicator definitions',
    required: 'framework, version, code, title, kind, unit, polarity, frequency, geography_level',
    optional: 'outcome_code, definition, tier, numerator, denominator, data_source, baseline_value, baseline_period, tolerance_percent, comparator, owner, last_reviewed, targets',
  },
];

export function ImportKindChoice({ kind, disabled, onChange }: { kind: ImportKind; disabled: boolean; onChange: (kind: ImportKind) => void }) {
  return (
    <fieldset className="radios">
      <legend className="field__label">What does the file hold?</legend>
      {KINDS.map((k) => (
        <div className="radios__item" key={k.value}>
          <input
            id={`import-kind-${k.value}`}
            type="radio"
            name="import-kind"
            value={k.value}
            checked={kind === k.value}
            disabled={disabled}
            onChange={() => onChange(k.value)}
            aria-describedby={`import-kind-${k.value}-hint`}
          />
          <label htmlFor={`import-kind-${k.value}`}>{k.label}</label>
          <p id={`import-kind-${k.value}-hint`} className="field__hint radios__hint">
            Columns: <code>{k.required}</code>; optional: <code>{k.optional}</code>.
            {k.value === 'indicators' ? ' Definitions can only go into a draft version.' : ' Periods are written like 2025/26 Q2, or as a date (DD/MM/YYYY).'}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
