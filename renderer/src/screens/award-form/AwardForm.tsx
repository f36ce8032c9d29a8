import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { trpc } from '../../api/trpc';
import type { PartnerOption, Ward } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroup } from '../../components/RadioGroup';
import { PartnerPicker } from '../../components/PartnerPicker';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { FormErrorsContext } from '../../forms/FormErrorsContext';
import { MoneyField } from '../../forms/MoneyField';
import { useFormErrors } from '../../forms/useFormErrors';
import { formatDate } from '../../format/dates';
import { dueDiligenceText } from '../../grants/GrantBadges';
import { navigate } from '../../routing/useRoute';
import { WardsPicker } from '../programme-form/WardsPicker';
import { awardInputFromDraft, type AwardDraft } from './award-draft';
import { InstalmentsEditor } from './InstalmentsEditor';

const PREFIX = 'pf';
const BASE_LABELS: Record<string, string> = {
  partnerId: 'Partner',
  title: 'Title',
  purpose: 'Purpose',
  fundId: 'Fund',
  amountPence: 'Amount',
  awardDate: 'Award date',
  plannedStart: 'Planned start',
  plannedEnd: 'Planned end',
  route: 'Route',
  routeJustification: 'Why a direct award',
  paymentBasis: 'Payment basis',
  basisJustification: 'Why paid in advance',
  wardCodes: 'Wards',
  instalments: 'Instalments',
};

function labelsFor(count: number): Record<string, string> {
  const labels = { ...BASE_LABELS };
  for (let i = 0; i < count; i++) {
    labels[`instalments.${i}`] = `Instalment ${i + 1}`;
    labels[`instalments.${i}.dueDate`] = `Instalment ${i + 1} due date`;
    labels[`instalments.${i}.amountPence`] = `Instalment ${i + 1} amount`;
  }
  return labels;
}

interface AwardFormProps {
  fundId: number;
  /** The fund's code and period (fundPeriodOf): the award's dates must lie within it. */
  fund: { code: string; start: string; end: string };
  initial: AwardDraft;
  wards: readonly Ward[];
}

/** A new award from a fund. Due diligence, the fund's allocation and the schedule are checked by the server too. */
export function AwardForm({ fundId, fund, initial, wards }: AwardFormProps) {
  const queryClient = useQueryClient();
  const [d, setDraft] = useState(initial);
  const errors = useFormErrors(labelsFor(d.instalments.length), PREFIX);
  const create = useMutation(trpc.grants.createAward.mutationOptions());
  const set = <K extends keyof AwardDraft>(key: K) => (value: AwardDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const [chosen, setChosen] = useState<PartnerOption | undefined>(undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    const result = awardInputFromDraft(fundId, d);
    errors.show(result.ok ? {} : result.errors);
    if (!result.ok) return;
    create.mutate(result.input, {
      onSuccess: async (award) => {
        await queryClient.invalidateQueries({ queryKey: trpc.grants.pathKey() });
        navigate({ name: 'award', id: award.id });
      },
      onError: (error) => errors.showApiError(error),
    });
  }

  const p = errors.placed;
  return (
    <FormErrorsContext.Provider value={p}>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary items={errors.summary} focusKey={errors.attempt} title="The award was not saved" />
        <section className="form-section" aria-labelledby="award-who-title">
          <h2 id="award-who-title">Partner and purpose</h2>
          <div className="form-grid">
            <PartnerPicker
              id={errors.id('partnerId')}
              label="Partner"
              hint="Partners without valid due diligence are listed, but an award to them is refused until a new check is recorded."
              value={d.partnerId}
              describe={(partner) => `${partner.name} (due diligence: ${dueDiligenceText(partner.dueDiligence).toLowerCase()})`}
              onValueChange={set('partnerId')}
              onChosen={setChosen}
              errors={p.partnerId}
              className="field--full"
            />
            {chosen && chosen.dueDiligence.status !== 'valid' && (
              <p className="notice notice--warning field--full">
                {chosen.name}: due diligence is {dueDiligenceText(chosen.dueDiligence).toLowerCase()}. The award will be refused unless a new check is recorded first.
              </p>
            )}
            <TextField id={errors.id('title')} label="Title" value={d.title} onValueChange={set('title')} errors={p.title} className="field--wide" maxLength={140} />
            <TextAreaField id={errors.id('purpose')} label="Purpose" hint="What the grant pays for, in plain words (published in 360Giving data)" value={d.purpose} onValueChange={set('purpose')} errors={p.purpose} className="field--full" rows={4} />
          </div>
        </section>
        <section className="form-section" aria-labelledby="award-money-title">
          <h2 id="award-money-title">Amount and dates</h2>
          <div className="form-grid">
            <div id={errors.id('fundId')} tabIndex={-1} className={`field field--full${p.fundId ? ' field--error' : ''}`}>
              <p className="field__hint">
                Fund {fund.code} runs from {formatDate(fund.start)} to {formatDate(fund.end)}. The award date and the planned start and end must fall within it, and each instalment must fall due between the planned start and end.
              </p>
              {p.fundId && (
                <p className="field__error">
                  <span className="visually-hidden">Error: </span>
                  {p.fundId.join(' ')}
                </p>
              )}
            </div>
            <MoneyField id={errors.id('amountPence')} label="Amount (£)" value={d.amount} onValueChange={set('amount')} errors={p.amountPence} />
            <TextField id={errors.id('awardDate')} label="Award date" type="date" value={d.awardDate} onValueChange={set('awardDate')} errors={p.awardDate} inputClassName="input--short" />
            <TextField id={errors.id('plannedStart')} label="Planned start" type="date" value={d.plannedStart} onValueChange={set('plannedStart')} errors={p.plannedStart} inputClassName="input--short" />
            <TextField id={errors.id('plannedEnd')} label="Planned end" type="date" value={d.plannedEnd} onValueChange={set('plannedEnd')} errors={p.plannedEnd} inputClassName="input--short" />
          </div>
        </section>
        <section className="form-section" aria-labelledby="award-terms-title">
          <h2 id="award-terms-title">Route and payment basis</h2>
          <div className="form-grid form-grid--terms">
            <RadioGroup
              path="route"
              prefix={PREFIX}
              legend="How was the grant awarded?"
              value={d.route}
              options={[
                { value: 'open_call', label: 'Open call' },
                { value: 'direct_award', label: 'Direct award', hint: 'Needs a justification' },
              ]}
              onValueChange={set('route')}
              errors={p.route}
            />
            <TextAreaField id={errors.id('routeJustification')} label="Why a direct award" hint="Required for a direct award" value={d.routeJustification} onValueChange={set('routeJustification')} errors={p.routeJustification} />
          </div>
          <div className="form-grid form-grid--terms">
            <RadioGroup
              path="paymentBasis"
              prefix={PREFIX}
              legend="When is it paid?"
              value={d.paymentBasis}
              options={[
                { value: 'arrears', label: 'In arrears', hint: 'After the work or costs' },
                { value: 'advance', label: 'In advance', hint: 'Needs a justification' },
              ]}
              onValueChange={set('paymentBasis')}
              errors={p.paymentBasis}
            />
            <TextAreaField id={errors.id('basisJustification')} label="Why paid in advance" hint="Required when paid in advance" value={d.basisJustification} onValueChange={set('basisJustification')} errors={p.basisJustification} />
          </div>
        </section>
        <InstalmentsEditor awardAmount={d.amount} rows={d.instalments} onChange={set('instalments')} />
        <WardsPicker wards={wards} selected={d.wardCodes} onChange={set('wardCodes')} legend="Wards this award covers" />
        <div className="actions actions--sticky">
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending ? 'Saving…' : 'Save award'}
          </button>
        </div>
      </form>
    </FormErrorsContext.Provider>
  );
}
