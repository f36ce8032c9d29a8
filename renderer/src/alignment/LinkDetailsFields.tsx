import { RadioGroup } from '../components/RadioGroup';
import { TextAreaField } from '../components/TextAreaField';
import { TextField } from '../components/TextField';
import type { FieldErrors } from '../api/errors';
import { LINK_STRENGTH_HINTS, LINK_STRENGTH_LABELS, LINK_STRENGTHS } from '../labels';

export interface LinkDetails {
  strength: string;
  rationale: string;
  evidence: string;
}

export const EMPTY_LINK_DETAILS: LinkDetails = { strength: '', rationale: '', evidence: '' };

const STRENGTH_OPTIONS = LINK_STRENGTHS.map((value) => ({ value, label: LINK_STRENGTH_LABELS[value], hint: LINK_STRENGTH_HINTS[value] }));

/** Strength, rationale and evidence: what every link records, on either side. */
export function LinkDetailsFields({ prefix, value, errors, onChange }: { prefix: string; value: LinkDetails; errors: FieldErrors; onChange: (patch: Partial<LinkDetails>) => void }) {
  return (
    <>
      <RadioGroup
        path="strength"
        prefix={prefix}
        legend="Strength"
        value={value.strength}
        options={STRENGTH_OPTIONS}
        onValueChange={(strength) => onChange({ strength })}
        errors={errors.strength}
      />
      <TextAreaField
        id={`${prefix}-rationale`}
        label="Rationale"
        hint="Why the link holds, in one or two sentences."
        value={value.rationale}
        onValueChange={(rationale) => onChange({ rationale })}
        errors={errors.rationale}
        rows={2}
      />
      <TextField
        id={`${prefix}-evidence`}
        label="Evidence (optional)"
        hint="Where someone can check it: a report, a decision, a grant agreement."
        value={value.evidence}
        onValueChange={(evidence) => onChange({ evidence })}
        errors={errors.evidence}
      />
    </>
  );
}
