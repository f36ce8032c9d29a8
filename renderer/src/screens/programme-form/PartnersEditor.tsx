import { useContext } from 'react';
import { PartnerPicker } from '../../components/PartnerPicker';
import { TextField } from '../../components/TextField';
import { fieldId } from '../../forms/field-errors';
import { FormErrorsContext } from '../../forms/FormErrorsContext';
import { removeAt, replaceAt } from '../../forms/list-ops';
import { newPartner, type PartnerDraft } from '../../forms/programme-draft';
import { RepeatableRow, RepeatableSection } from './RepeatableSection';

interface Props {
  partners: PartnerDraft[];
  onChange: (partners: PartnerDraft[]) => void;
}

/** The programme's partners; each row picks one from the directory by searching it on the server. */
export function PartnersEditor({ partners, onChange }: Props) {
  const errors = useContext(FormErrorsContext);
  return (
    <RepeatableSection
      path="partners"
      title="Partners"
      addLabel="Add partner"
      emptyText="No partners yet."
      count={partners.length}
      onAdd={() => onChange([...partners, newPartner()])}
    >
      {partners.map((partner, index) => {
        const path = (field: string) => `partners.${index}.${field}`;
        const set = (patch: Partial<PartnerDraft>) => onChange(replaceAt(partners, index, patch));
        return (
          <RepeatableRow key={partner.key} path={`partners.${index}`} legend={`Partner ${index + 1}`} onRemove={() => onChange(removeAt(partners, index))}>
            {/* A partner archived since is still listed (the picker always includes the chosen one), so editing does not silently drop it. */}
            <PartnerPicker id={fieldId(path('partnerId'))} label="Partner" value={partner.partnerId} onValueChange={(partnerId) => set({ partnerId })} errors={errors[path('partnerId')]} />
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
