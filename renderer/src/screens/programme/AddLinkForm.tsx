import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { errorInfo, type FieldErrors } from '../../api/errors';
import { trpc } from '../../api/trpc';
import type { ProgrammeLinkInput } from '../../api/types';
import { parseTargetValue, targetOptions } from '../../alignment/alignment-view';
import { EMPTY_LINK_DETAILS, LinkDetailsFields, type LinkDetails } from '../../alignment/LinkDetailsFields';
import { useRefreshAlignment } from '../../alignment/useRefreshAlignment';
import { optionsFrom, SelectField } from '../../components/SelectField';
import { LINK_TARGET_TYPE_LABELS, type LinkTargetType } from '../../labels';

/** Links the programme to a council mission or priority, a GMCA outcome, or an indicator. */
export function AddLinkForm({ programmeId }: { programmeId: number }) {
  const refresh = useRefreshAlignment();
  const targets = useQuery(trpc.alignment.targets.queryOptions(undefined, { staleTime: 5 * 60_000 }));
  const [targetType, setTargetType] = useState<LinkTargetType | ''>('');
  const [target, setTarget] = useState('');
  const [details, setDetails] = useState<LinkDetails>(EMPTY_LINK_DETAILS);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState('');
  const link = useMutation(trpc.alignment.link.mutationOptions({ onSuccess: refresh }));
  const prefix = `add-link-${programmeId}`;
  const options = targetOptions(targets.data ?? [], targetType);
  const failure = link.error ? errorInfo(link.error).message : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    setDone('');
    const { frameworkCode, code } = parseTargetValue(target);
    const chosen = options.find((o) => o.value === target);
    const input = {
      programmeId,
      targetType: targetType as ProgrammeLinkInput['targetType'],
      frameworkCode,
      targetCode: code,
      strength: details.strength as ProgrammeLinkInput['strength'],
      rationale: details.rationale,
      evidence: details.evidence,
    };
    link.mutate(input, {
      onSuccess: () => {
        setDone(`Linked to ${chosen?.label ?? code}.`);
        setTarget('');
        setDetails(EMPTY_LINK_DETAILS);
      },
      onError: (error) => {
        const fields = errorInfo(error).fieldErrors ?? {};
        const { frameworkCode: frameworkErrors, targetCode: codeErrors, ...rest } = fields;
        const targetErrors = [...new Set([...(codeErrors ?? []), ...(frameworkErrors ?? [])])];
        setErrors(targetErrors.length ? { ...rest, target: targetErrors } : rest);
      },
    });
  }

  return (
    <form className="link-form panel" onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`}>Add link</h3>
      <div className="link-form__grid">
        <SelectField
          id={`${prefix}-type`}
          label="Links to a"
          value={targetType}
          placeholder="Choose…"
          options={optionsFrom(LINK_TARGET_TYPE_LABELS)}
          onValueChange={(value) => {
            setTargetType(value as LinkTargetType | '');
            setTarget('');
          }}
          errors={errors.targetType}
        />
        <SelectField
          id={`${prefix}-target`}
          label="Target"
          hint={targetType ? undefined : 'Choose what kind of target first'}
          value={target}
          placeholder={targets.isPending ? 'Loading…' : 'Choose…'}
          options={options}
          disabled={!targetType}
          onValueChange={setTarget}
          errors={errors.target}
        />
      </div>
      <LinkDetailsFields prefix={prefix} value={details} errors={errors} onChange={(patch) => setDetails((current) => ({ ...current, ...patch }))} />
      {failure && (
        <p className="field__error" role="alert">
          {failure}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={link.isPending}>
          Add link
        </button>
        <p className="link-form__done" role="status">
          {done}
        </p>
      </div>
    </form>
  );
}
