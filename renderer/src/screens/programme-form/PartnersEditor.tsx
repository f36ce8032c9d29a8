import { useContext } from 'react';
import type { PartnerOption } from '../../api/types';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { fieldId } from '../../forms/field-errors';
import { FormErrorsContext } from '../../forms/FormErrorsContext';
import { removeAt, replaceAt } from '../../forms/list-ops';
import { newPartner, type PartnerDraft } from '../../forms/programme-draft';
import { RepeatableRow, RepeatableSection } from './RepeatableSection';

interface Props {
  partners: PartnerDraft[];
  options: readonly PartnerOption[];
  onChange: (partners: PartnerDraft[]) => void;
}

export function PartnersEditor({ partners, options, onChange }: Props) {
  const errors = useContext(FormErrorsContext);
  const choices = options.map((option) => ({ value: String(option.id), label: option.name }));
  return (
    <RepeatableSection
      path="partners"
      title="Partners"
      addLabel="Add partner"
      emptyText={options.length ? 'No partners yet.' : 'No partners yet. The partner directory is empty.'}
      count={partners.length}
      onAdd={() => onChange([...partners, newPartner()])}
    >
      {partners.map((partner, index) => {
        const path = (field: string) => `partners.${index}.${field}`;
        const set = (patch: Partial<PartnerDraft>) => onChange(replaceAt(partners, index, patch));
        // Keep a partner that has since been archived visible, so editing does not silently drop it.
        const known = choices.some((c) => c.value === partner.partnerId);
        const rowChoices = known || !partner.partnerId ? choices : [...choices, { value: partner.partnerId, label: `Partner #${partner.partnerId} (not in the directory)` }];
        return (
          <RepeatableRow key={partner.key} path={`partners.${index}`} legend={`Partner ${index + 1}`} onRemove={() => onChange(removeAt(partners, index))}>
            <SelectField
              id={fieldId(path('partnerId'))}
              label="Partner"
              value={partner.partnerId}
              placeholder="Choose a partner"
              options={rowChoices}
              onValueChange={(partnerId) => set({ partnerId })}
              errors={errors[path('partnerId')]}
            />
            <TextField
              id={fieldId(path('role'))}
              label="Role in this programme"
              value={partner.role}
              onValueChange={(role) => set({ role })}
              errors={errors[path('role')]}
              className="field--wide"
            />
          </RepeatableRow>
        );
      })}
    </RepeatableSection>
  );
}
