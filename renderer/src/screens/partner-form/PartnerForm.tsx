import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { trpc } from '../../api/trpc';
import type { Ward } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { optionsFrom, SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { FieldErrors } from '../../forms/field-errors';
import { useFormErrors } from '../../forms/useFormErrors';
import { ORGANISATION_TYPE_LABELS } from '../../grants/grants-labels';
import { navigate } from '../../routing/useRoute';
import { useDebouncedValue } from '../register/useDebouncedValue';
import { DuplicateWarnings } from './DuplicateWarnings';
import { partnerInputFromDraft, type PartnerDraft } from './partner-draft';

const LABELS: Record<string, string> = {
  name: 'Name',
  organisationType: 'Organisation type',
  orgId: 'Org id',
  charityNumber: 'Charity number',
  companyNumber: 'Company number',
  wardCode: 'Ward',
  locality: 'Locality',
  contactName: 'Contact name',
  contactEmail: 'Contact email',
  contactPhone: 'Contact phone',
};
const PREFIX = 'partner';

/** Adds a partner (id null) or edits one; checks for duplicates as the name and org id are typed. */
export function PartnerForm({ id, initial, wards }: { id: number | null; initial: PartnerDraft; wards: readonly Ward[] }) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState(initial);
  const errors = useFormErrors(LABELS, PREFIX);
  const create = useMutation(trpc.partners.create.mutationOptions());
  const update = useMutation(trpc.partners.update.mutationOptions());
  const saving = create.isPending || update.isPending;
  const set = (key: keyof PartnerDraft) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  // Debounce plain strings (an object would be new on every render and never settle).
  const name = useDebouncedValue(values.name.trim().slice(0, 200), 400);
  const orgId = useDebouncedValue(values.orgId.trim().slice(0, 120), 400);
  const duplicates = useQuery(trpc.partners.checkDuplicates.queryOptions({ name, orgId: orgId || null, excludeId: id }, { enabled: Boolean(name || orgId), staleTime: 10_000, retry: false }));
  // The org id problem shown while typing belongs to what is in the box now, not to an earlier value.
  const liveOrgIdError = orgId && orgId === values.orgId.trim() ? duplicates.data?.errors.orgId : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const local: FieldErrors = {};
    if (!values.name.trim()) local.name = ['Enter the organisation’s name'];
    if (!values.organisationType) local.organisationType = ['Choose an organisation type'];
    errors.show(local);
    if (Object.keys(local).length) return;
    const input = partnerInputFromDraft(values);
    const onSuccess = async (saved: { partner: { id: number } }) => {
      await queryClient.invalidateQueries({ queryKey: trpc.partners.pathKey() });
      navigate({ name: 'partner', id: saved.partner.id });
    };
    const onError = (error: unknown) => errors.showApiError(error);
    if (id === null) create.mutate(input, { onSuccess, onError });
    else update.mutate({ ...input, id }, { onSuccess, onError });
  }

  const field = (key: keyof PartnerDraft & string, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField id={errors.id(key)} label={label} value={values[key]} onValueChange={set(key)} errors={errors.placed[key]} autoComplete="off" {...extra} />
  );

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      <section className="form-section" aria-labelledby="partner-org-title">
        <h2 id="partner-org-title">Organisation</h2>
        <div className="form-grid">
          {field('name', 'Name', { className: 'field--wide', maxLength: 200 })}
          <DuplicateWarnings warnings={duplicates.data?.warnings ?? []} moreWarnings={duplicates.data?.moreWarnings ?? 0} />
          <SelectField
            id={errors.id('organisationType')}
            label="Organisation type"
            hint="Charities and CIOs need a charity number; companies and CICs need a company number"
            value={values.organisationType}
            placeholder="Choose a type"
            options={optionsFrom(ORGANISATION_TYPE_LABELS)}
            onValueChange={set('organisationType')}
            errors={errors.placed.organisationType}
          />
          {field('orgId', 'Org id', {
            hint: 'As org-id.guide writes it, like GB-CHC-1090095 or GB-COH-09506232. Leave empty to derive it from the charity or company number, or to issue a 360G- id for a group on no register.',
            errors: errors.placed.orgId ?? liveOrgIdError,
            className: 'field--wide',
            spellCheck: false,
          })}
          {field('charityNumber', 'Charity number', { inputClassName: 'input--short' })}
          {field('companyNumber', 'Company number', { hint: '8 characters, keeping leading zeros', inputClassName: 'input--short' })}
          <SelectField
            id={errors.id('wardCode')}
            label="Ward"
            value={values.wardCode}
            placeholder="Not recorded"
            options={wards.map((w) => ({ value: w.code, label: w.name }))}
            onValueChange={set('wardCode')}
            errors={errors.placed.wardCode}
          />
          {field('locality', 'Locality', { hint: 'A neighbourhood or village, if useful' })}
        </div>
      </section>
      <section className="form-section" aria-labelledby="partner-contact-title">
        <h2 id="partner-contact-title">Contact</h2>
        <div className="form-grid">
          {field('contactName', 'Contact name')}
          {field('contactEmail', 'Contact email', { type: 'email', inputMode: 'email' })}
          {field('contactPhone', 'Contact phone', { type: 'tel', inputMode: 'tel' })}
        </div>
      </section>
      <div className="actions">
        <button type="submit" className="button" disabled={saving}>
          {saving ? 'Saving…' : id === null ? 'Add partner' : 'Save changes'}
        </button>
      </div>
    </form>
  );
}
